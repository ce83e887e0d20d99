#!/usr/bin/env bash
# Copies the browser libraries GuideGen sites use from node_modules (installed from package-lock.json)
# into templates/assets/vendor/, so that building a site never needs Node.js. A test checks the copies.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/minisearch ] || npm ci --ignore-scripts --no-audit --no-fund
cp node_modules/minisearch/dist/umd/index.js templates/assets/vendor/minisearch.js
cp node_modules/minisearch/LICENSE.txt templates/assets/vendor/minisearch.LICENSE.txt
echo "templates/assets/vendor/ updated from node_modules"
