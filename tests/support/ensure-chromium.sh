#!/usr/bin/env bash
# The end-to-end tests and UI benchmarks drive Debian's Chromium at /usr/bin/chromium
# through playwright-core (which never downloads a browser of its own).
# Installs it when missing and this is a Debian machine we may administer.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at /usr/bin/chromium: install Debian's 'chromium' package (sudo apt-get install chromium)." >&2
exit 1
