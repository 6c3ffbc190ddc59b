#!/usr/bin/env bash
# Installs the browsers the end-to-end tests drive (Debian's Chromium and
# Firefox ESR) and libfaketime, when missing. Needs root, as on CI.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
[ -e /usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1 ] || need+=(faketime)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing ${need[*]}: install with 'sudo apt-get install -y ${need[*]}'" >&2
  exit 1
fi
echo "Installing ${need[*]} from Debian's packages"
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
