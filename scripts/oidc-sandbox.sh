#!/usr/bin/env bash
# Installs the sandbox e-ID provider (node oidc-provider, pinned in tools/oidc-sandbox) with npm.
set -euo pipefail
cd "$(dirname "$0")/../tools/oidc-sandbox"
if [ -d node_modules/oidc-provider ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "oidc-sandbox: oidc-provider $(node -p "require('./node_modules/oidc-provider/package.json').version") present"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "oidc-sandbox: oidc-provider $(node -p "require('./node_modules/oidc-provider/package.json').version") installed"
