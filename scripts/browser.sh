#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's Chromium (Playwright launches it by path)
# and axe-core for the accessibility check.
set -euo pipefail
# axe-core (npm), which the browser tests inject into every page for the accessibility check.
( cd "$(dirname "$0")/../tools/a11y" && { [ -f node_modules/axe-core/axe.min.js ] || npm ci --no-audit --no-fund --loglevel=error; } )
if [ -x /usr/bin/chromium ]; then
  echo "browser: $(/usr/bin/chromium --version 2>/dev/null || echo chromium present)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
echo "browser: installing Debian's chromium"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "browser: $(/usr/bin/chromium --version)"
