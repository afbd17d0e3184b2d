#!/usr/bin/env bash
# Debian's Chromium for the browser test (Playwright drives it; it never downloads its own).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
command -v apt-get >/dev/null || { echo "browser.sh: no apt-get (not Debian/Ubuntu): install chromium at /usr/bin/chromium" >&2; exit 1; }
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x /usr/bin/chromium ] || { echo "browser.sh: chromium installed but /usr/bin/chromium is missing" >&2; exit 1; }
