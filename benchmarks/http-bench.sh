#!/usr/bin/env bash
# The analyst query over HTTP against a plain endpoint of the same server returning the same bytes, side by side in
# one run: usage benchmarks/http-bench.sh [lessons=100000] [seconds per round=5] [rounds=2] [request=analyst-query.json]
# (benchmarks/http/partner-page.json is the same page without totalCount).
# Starts the API (Release) on a generated graph on a loopback port, checks that both endpoints answer identical bytes,
# alternates wrk rounds between them (2 connections each), prints both throughputs and their ratio, stops the API.
set -euo pipefail
cd "$(dirname "$0")/.."

lessons=${1:-100000}
seconds=${2:-5}
rounds=${3:-2}
port=${BENCH_PORT:-5199}
url="http://127.0.0.1:$port"
db="$PWD/data/bench/lessons-$lessons.db"
request="$PWD/benchmarks/http/${4:-analyst-query.json}"

command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install -y wrk)"; exit 1; }
dotnet build src/Werkplaats.Graph.Api -c Release -v q --nologo
if [ ! -f "$db" ]; then
  dotnet run --project src/Werkplaats.Graph.Api -c Release --no-build -- generate --lessons "$lessons" --seed 42 --out "$db"
fi

work=$(mktemp -d)
ConnectionStrings__Graph="Data Source=$db" Graph__SeedOnStart=false \
  Benchmarks__PlainEndpoint=true Benchmarks__Request="$request" RateLimiting__PermitLimit=1000000000 \
  ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/Werkplaats.Graph.Api/bin/Release/net10.0/Werkplaats.Graph.Api.dll >"$work/api.log" 2>&1 &
api=$!
trap 'kill "$api" 2>/dev/null; wait "$api" 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 60); do
  curl -fs "$url/healthz" >/dev/null 2>&1 && break
  kill -0 "$api" 2>/dev/null || { cat "$work/api.log"; exit 1; }
  sleep 1
done

curl -fs -X POST -H "Content-Type: application/json" -H "Accept: application/graphql-response+json" \
  --data-binary "@$request" "$url/graphql" >"$work/graphql.json"
curl -fs "$url/bench/plain" >"$work/plain.json"
if ! cmp -s "$work/graphql.json" "$work/plain.json"; then
  echo "the plain endpoint's bytes differ from the GraphQL response"; exit 1
fi
echo "both endpoints answer the same $(wc -c <"$work/graphql.json") bytes ($lessons lessons)"

# Requests/sec of one wrk run: rate <seconds> <path> [wrk options].
rate() {
  local duration=$1 path=$2; shift 2
  wrk -t1 -c2 -d"${duration}s" --latency "$@" "$url$path" | tee -a "$work/wrk.log" | awk '/^Requests\/sec:/ { print $2 }'
}

export ANALYST_QUERY="$request"
rate 2 /bench/plain >/dev/null # warm-up of both paths (JIT, caches), not counted
rate 2 /graphql -s benchmarks/http/graphql-post.lua >/dev/null
graphql=0 plain=0
for round in $(seq 1 "$rounds"); do
  p=$(rate "$seconds" /bench/plain)
  g=$(rate "$seconds" /graphql -s benchmarks/http/graphql-post.lua)
  echo "round $round: plain $p req/s, graphql $g req/s"
  plain=$(awk -v a="$plain" -v b="$p" 'BEGIN { print a + b }')
  graphql=$(awk -v a="$graphql" -v b="$g" 'BEGIN { print a + b }')
done
awk -v g="$graphql" -v p="$plain" -v n="$rounds" \
  'BEGIN { printf "plain %.0f req/s, graphql %.0f req/s, ratio graphql/plain %.2f (target >= 0.5)\n", p / n, g / n, g / p }'
grep -E "^\s+50%" "$work/wrk.log" | tail -2 | sed 's/^/p50 latency (last plain, last graphql): /'
