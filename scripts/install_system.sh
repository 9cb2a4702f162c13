#!/usr/bin/env bash
# Debian packages the browser tests and chart exports need -> installed when missing.
# Chromium (driven by Playwright through /usr/bin/chromium) and fonts with Arabic glyphs;
# PostgreSQL for the store tests on the second engine (a throwaway cluster per test session).
# Idempotent and quiet when everything is there; `apt-get update` runs once, only if needed.
set -euo pipefail

PACKAGES=(chromium fonts-noto-core fonts-dejavu-core postgresql)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "install_system.sh: need root (or sudo) to install: ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install_system.sh: apt-get not found; install by hand: ${missing[*]}" >&2
  exit 1
fi

echo "install_system.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! "${as_root[@]}" apt-get update -qq; then
  echo "install_system.sh: apt-get update failed (is the Debian package registry reachable?)" >&2
  exit 1
fi
if ! "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null; then
  echo "install_system.sh: apt-get install failed for: ${missing[*]}" >&2
  exit 1
fi
for package in "${missing[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    echo "install_system.sh: $package is still not installed" >&2
    exit 1
  fi
done
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "install_system.sh: no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium} after install" >&2
  exit 1
fi
