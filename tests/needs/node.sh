#!/usr/bin/env bash
# Node.js 18 or later with npm: the Api's build bundles GraphiQL and the explorer with them (src/Werkplaats.Graph.Api/ClientApp).
set -uo pipefail
usable() { command -v npm >/dev/null && node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' 2>/dev/null; }
usable && exit 0
install() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q nodejs npm >/dev/null; }
install || { apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null && install; }
usable || { echo "Node.js 18 or later with npm is missing and could not be installed (Debian packages nodejs, npm)"; exit 1; }
