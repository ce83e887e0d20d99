#!/usr/bin/env bash
# Runs every GuideGen test: unit, golden, CLI and browser tests. Installs what the tests need when it
# is missing (Debian's chromium for the browser tests, poppler-utils to read printed PDFs, hugo and GNU time
# for the benchmark script's smoke test, Java for the Nu HTML Checker, the locked npm packages that a
# test compares with the vendored copies and the checker's vnu.jar), so it passes on a fresh machine.
# Ends with one plain summary line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }

missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v pdftotext >/dev/null || missing="$missing poppler-utils"
command -v hugo >/dev/null || missing="$missing hugo"   # the benchmark script's smoke test builds with Hugo too
[ -x /usr/bin/time ] || missing="$missing time"
command -v java >/dev/null || missing="$missing default-jre-headless"   # runs the Nu HTML Checker (vnu.jar)
if [ -n "$missing" ]; then
  echo "Installing Debian packages the tests need:$missing…"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null \
    || { echo "could not install$missing"; echo "0 passed, 1 failed"; exit 1; }
fi

if [ ! -d node_modules/minisearch ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "Installing the locked npm packages (package-lock.json)…"
  # --ignore-scripts: vnu-jar's install script would download a Java of its own; the machine's Java runs it.
  npm ci --ignore-scripts --no-audit --no-fund >/dev/null || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet test GuideGen.sln --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# A build failure runs no test at all: count it as a failure so the summary never says "0 failed" then.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

echo "$passed passed, $failed failed"
exit "$status"
