#!/usr/bin/env bash
# docker-compose (v1, Debian's package) to validate docker-compose.yml; no Docker engine is needed for `config -q`.
set -euo pipefail
if ! command -v docker-compose >/dev/null; then
  apt-get install -y docker-compose >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y docker-compose >/dev/null 2>&1; } || true
fi
command -v docker-compose >/dev/null || { echo "missing: docker-compose (Debian package docker-compose)" >&2; exit 1; }
