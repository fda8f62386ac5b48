#!/usr/bin/env bash
# The Cypher linter of the Neo4j adapter's tests: Node.js and the npm packages pinned in its package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/../Werkplaats.Graph.Storage.Neo4j.Tests/cypher-lint"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get install -y nodejs npm >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y nodejs npm >/dev/null 2>&1; } || true
fi
command -v npm >/dev/null || { echo "missing: node and npm (Debian packages nodejs, npm) for the Cypher linter" >&2; exit 1; }

# npm ci installs exactly the lockfile; skip it when that lockfile's install is already there.
if ! cmp -s package-lock.json node_modules/.installed-lock.json 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error || { echo "missing: npm packages of cypher-lint/package-lock.json" >&2; exit 1; }
  cp package-lock.json node_modules/.installed-lock.json
fi
node -e "require('@neo4j-cypher/language-support')" || { echo "missing: @neo4j-cypher/language-support" >&2; exit 1; }
