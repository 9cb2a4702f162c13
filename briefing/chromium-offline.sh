#!/bin/sh
# Chromium for kaleido's static export, kept offline: every host name fails to resolve except
# the loopback, and background fetches (updates, safe browsing, field trials) are off.
exec "${CHROMIUM_PATH:-/usr/bin/chromium}" \
  --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost" \
  --disable-background-networking --disable-component-update --disable-sync \
  --no-first-run "$@"
