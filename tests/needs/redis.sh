#!/usr/bin/env bash
# Debian's redis-server, which the response-cache tests start on a free loopback port of their own (never a service).
set -uo pipefail
command -v redis-server >/dev/null && exit 0
install() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q redis-server >/dev/null; }
install || { apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null && install; }
command -v redis-server >/dev/null || { echo "redis-server is missing and could not be installed (Debian package redis-server)"; exit 1; }
