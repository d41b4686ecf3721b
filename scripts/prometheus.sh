#!/usr/bin/env bash
# Installs Debian's Prometheus for its promtool: the tests check /metrics with
# `promtool check metrics` and deploy/prometheus/ with `promtool check rules` / `test rules`.
set -euo pipefail
if command -v promtool >/dev/null 2>&1; then
  echo "prometheus: $(promtool --version 2>&1 | head -1)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
echo "prometheus: installing Debian's prometheus (for promtool)"
$SUDO apt-get update -qq
# --no-install-recommends: promtool is all the tests need, not the node exporter or a web UI
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends prometheus >/dev/null
# the package starts a server under systemd where there is one; the tests only need promtool
echo "prometheus: $(promtool --version 2>&1 | head -1)"
