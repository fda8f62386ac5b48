#!/usr/bin/env bash
# The whole test suite, as the README shows it: installs what the tests need, checks formatting, runs every test
# project and ends with one line "N passed, N failed". Exit code 0 only when everything passed.
set -uo pipefail
cd "$(dirname "$0")/.."

# Snapshots must exist and match: a missing snapshot fails instead of being written.
export SNAPSHOOTER_STRICT_MODE=true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
checks_failed=0

# What the tests need beyond the .NET SDK (servers, a browser, npm packages): one script per need, in name order.
for need in tests/needs/*.sh; do
  [ -e "$need" ] || continue
  echo "== prerequisite: $(basename "$need" .sh)"
  if ! bash "$need"; then
    echo "0 passed, 1 failed"
    exit 1
  fi
done

echo "== build (warnings are errors)"
if ! dotnet build Werkplaats.Graph.sln --configuration Release -warnaserror --nologo -v quiet; then
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== format check"
if ! dotnet format Werkplaats.Graph.sln --verify-no-changes --no-restore; then
  echo "formatting differs: run 'dotnet format Werkplaats.Graph.sln'"
  checks_failed=1
fi

echo "== tests"
status=0
dotnet test Werkplaats.Graph.sln --configuration Release --no-build --nologo \
  --logger "trx" --results-directory "$results" || status=$?

passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  # The TRX counters leave skipped tests out of notExecuted: they are the ones not executed.
  skipped=$((skipped + $(value total) - $(value executed)))
  grep -A3 'outcome="NotExecuted"' "$trx" | sed -n 's/.*<Message>\(.*\)<\/Message>.*/\1/p' >> "$results/skip-reasons"
done
if [ -s "$results/skip-reasons" ]; then
  sort "$results/skip-reasons" | uniq -c | sed 's/^ *\([0-9]*\) \(.*\)/skipped \1 tests: \2/'
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the run failed before tests could report (a host crash): count it, never hide it
fi
failed=$((failed + checks_failed))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
