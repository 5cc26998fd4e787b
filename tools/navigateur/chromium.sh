#!/usr/bin/env bash
# The browser the web tests drive: Debian's chromium at /usr/bin/chromium (Playwright never downloads one).
# Installed here when missing (the test command runs as root on a fresh machine); if it cannot be installed,
# the build fails: browser tests are never skipped.
set -euo pipefail
NAVIGATEUR="${SNE_CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$NAVIGATEUR" ]]; then
  echo "chromium absent ($NAVIGATEUR): installation of Debian's package chromium" >&2
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "ERROR: chromium is needed by the browser tests and only root may install it (apt-get install -y chromium)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q chromium >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
fi
if ! "$NAVIGATEUR" --headless --no-sandbox --disable-gpu --version >/dev/null 2>&1; then
  echo "ERROR: $NAVIGATEUR does not start; the browser tests cannot run" >&2
  exit 1
fi
"$NAVIGATEUR" --version 2>/dev/null
