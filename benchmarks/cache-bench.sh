#!/usr/bin/env bash
# The response cache over HTTP: a catalogue GET query (latest-lessons@1, 2 hops: lesson -> practice -> atelier) as a
# cache hit, as a cache miss (variables differ on every request), and a plain endpoint returning the same bytes, side
# by side in one server run: usage benchmarks/cache-bench.sh [lessons=100000] [seconds per round=5] [rounds=2]
# Starts the API (Release) on a generated graph on a loopback port, checks that the hit and the plain endpoint answer
# identical bytes, alternates wrk rounds (1 thread, 2 connections) between the three, prints throughputs, p50s and
# the ratios of the targets (hit >= 0.8x plain throughput, hit p50 <= 0.1x miss p50), stops the API by its PID.
set -euo pipefail
cd "$(dirname "$0")/.."

lessons=${1:-100000}
seconds=${2:-5}
rounds=${3:-2}
port=${BENCH_PORT:-5198}
url="http://127.0.0.1:$port"
db="$PWD/data/bench/lessons-$lessons.db"

command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install -y wrk)"; exit 1; }
dotnet build src/Werkplaats.Graph.Api -c Release -v q --nologo
if [ ! -f "$db" ]; then
  dotnet run --project src/Werkplaats.Graph.Api -c Release --no-build -- generate --lessons "$lessons" --seed 42 --out "$db"
fi

work=$(mktemp -d)
request="$work/request.json"
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

# The atelier with the most lessons of the generated graph's first page of ateliers, and the plain endpoint's request.
atelier=$(curl -fs "$url/graphql?query=%7Bissues(first%3A1)%7Bnodes%7Bkey%7D%7D%7D" | sed 's/.*"key":"\([^"]*\)".*/\1/')
variables="{\"atelier\":\"$atelier\",\"first\":5"
curl -fs "$url/graphql/catalogue" | python3 -c '
import json, sys
document = next(q["document"] for q in json.load(sys.stdin)["queries"] if q["id"] == "latest-lessons@1")
json.dump({"query": document, "variables": json.loads(sys.argv[1] + "}")}, open(sys.argv[2], "w"))' "$variables" "$request"
hit_path="/graphql?id=latest-lessons%401&variables=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1] + "}"))' "$variables")"

curl -fs -H "Accept: application/graphql-response+json" "$url$hit_path" >"$work/hit.json"
curl -fs "$url/bench/plain" >"$work/plain.json"
if ! cmp -s "$work/hit.json" "$work/plain.json"; then
  echo "the plain endpoint's bytes differ from the GraphQL response"; exit 1
fi
echo "hit and plain answer the same $(wc -c <"$work/hit.json") bytes ($lessons lessons, atelier $atelier)"

# One wrk run: "<requests/sec> <p50>" of: run <seconds> <path> [wrk options].
run() {
  local duration=$1 path=$2; shift 2
  wrk -t1 -c2 -d"${duration}s" --latency -H "Accept: application/graphql-response+json" "$@" "$url$path" >"$work/last.log"
  awk '/^Requests\/sec:/ { rps = $2 } /^ +50%/ { p50 = $2 } END { print rps, p50 }' "$work/last.log"
}

# p50 as wrk prints it (e.g. 1.23ms, 850.00us) in microseconds.
micros() { awk -v t="$1" 'BEGIN { if (t ~ /us$/) v = t + 0; else if (t ~ /ms$/) v = t * 1000; else v = t * 1000000; print v }'; }

export MISS_PATH="/graphql?id=latest-lessons%401&variables=" MISS_VARIABLES="$variables"
run 2 /bench/plain >/dev/null # warm-up of all three paths (JIT, caches), not counted
run 2 "$hit_path" >/dev/null
run 2 / -s benchmarks/http/graphql-get-miss.lua >/dev/null
totals="0 0 0 0 0 0"
for round in $(seq 1 "$rounds"); do
  read -r pr pp < <(run "$seconds" /bench/plain)
  read -r hr hp < <(run "$seconds" "$hit_path")
  read -r mr mp < <(run "$seconds" / -s benchmarks/http/graphql-get-miss.lua)
  echo "round $round: plain $pr req/s (p50 $pp), hit $hr req/s (p50 $hp), miss $mr req/s (p50 $mp)"
  totals=$(awk -v t="$totals" -v a="$pr" -v b="$(micros "$pp")" -v c="$hr" -v d="$(micros "$hp")" -v e="$mr" -v f="$(micros "$mp")" \
    'BEGIN { split(t, s, " "); print s[1]+a, s[2]+b, s[3]+c, s[4]+d, s[5]+e, s[6]+f }')
done
awk -v t="$totals" -v n="$rounds" 'BEGIN {
  split(t, s, " ")
  printf "plain %.0f req/s p50 %.0f us | hit %.0f req/s p50 %.0f us | miss %.0f req/s p50 %.0f us\n", s[1]/n, s[2]/n, s[3]/n, s[4]/n, s[5]/n, s[6]/n
  printf "hit/plain throughput %.2f (target >= 0.8); hit p50 / miss p50 %.3f (target <= 0.1)\n", s[3]/s[1], s[4]/s[6] }'
