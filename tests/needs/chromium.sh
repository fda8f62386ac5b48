#!/usr/bin/env bash
# Debian's Chromium, which the browser tests drive through Playwright (never a browser Playwright downloads itself).
set -uo pipefail
command -v chromium >/dev/null && exit 0
install() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q chromium >/dev/null; }
install || { apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null && install; }
command -v chromium >/dev/null || { echo "chromium is missing and could not be installed (Debian package chromium)"; exit 1; }
