#!/usr/bin/env bash
# The Firefox end-to-end test (tests/e2e/firefox/) drives Debian's Firefox ESR at
# /usr/bin/firefox-esr through puppeteer-core (which never downloads a browser of its own).
# Installs it when missing and this is a Debian machine we may administer.
set -euo pipefail
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] && exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's firefox-esr for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  exit 0
fi
echo "The Firefox test needs Firefox at /usr/bin/firefox-esr: install Debian's 'firefox-esr' package (sudo apt-get install firefox-esr)." >&2
exit 1
