#!/usr/bin/env bash
# The response cache over HTTP: a catalogue GET query (latest-lessons@1, 2 hops: lesson -> practice -> atelier) as a
# cache hit, as a cache miss (variables differ on every request), and plain endpoints returning the same bytes (one
# before all middleware, one routed behind the same middleware as /graphql), side by side in one server run:
# usage benchmarks/cache-bench.sh [lessons=100000] [seconds per round=5] [rounds=2]
# Starts the API (Release) on a generated graph on a loopback port, checks that the hit and both plain endpoints answer
# identical bytes, alternates wrk rounds (1 thread, 2 connections) between the four, prints throughputs, p50s and
# the ratios of the targets (hit >= 0.8x routed plain throughput, hit p50 <= 0.1x miss p50), stops the API by its PID.
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/bench-lib.sh

lessons=${1:-100000}
seconds=${2:-5}
rounds=${3:-2}
# The plain endpoint reads its request on its first call, after the query is chosen below.
bench_start "$lessons" "${BENCH_PORT:-5198}" "$work/request.json"

# The first atelier of the generated graph, and the plain endpoint's request: the catalogue query with its variables.
atelier=$(curl -fs "$url/graphql?query=%7Bissues(first%3A1)%7Bnodes%7Bkey%7D%7D%7D" | sed 's/.*"key":"\([^"]*\)".*/\1/')
variables="{\"atelier\":\"$atelier\",\"first\":5"
curl -fs "$url/graphql/catalogue" | python3 -c '
import json, sys
document = next(q["document"] for q in json.load(sys.stdin)["queries"] if q["id"] == "latest-lessons@1")
json.dump({"query": document, "variables": json.loads(sys.argv[1] + "}")}, open(sys.argv[2], "w"))' "$variables" "$work/request.json"
hit_path="/graphql?id=latest-lessons%401&variables=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1] + "}"))' "$variables")"

curl -fs -H "Accept: application/graphql-response+json" "$url$hit_path" >"$work/hit.json"
bench_same_bytes "$work/hit.json" "the GraphQL response"
echo "hit and plain answer the same $(wc -c <"$work/hit.json") bytes ($lessons lessons, atelier $atelier)"

export MISS_PATH="/graphql?id=latest-lessons%401&variables=" MISS_VARIABLES="$variables"
bench_run 2 /bench/plain >/dev/null # warm-up of every path (JIT, caches), not counted
bench_run 2 /bench/routed >/dev/null
bench_run 2 "$hit_path" >/dev/null
bench_run 2 / -s benchmarks/http/graphql-get-miss.lua >/dev/null
totals="0 0 0 0 0 0 0 0"
for round in $(seq 1 "$rounds"); do
  read -r pr pp < <(bench_run "$seconds" /bench/plain)
  read -r rr rp < <(bench_run "$seconds" /bench/routed)
  read -r hr hp < <(bench_run "$seconds" "$hit_path")
  read -r mr mp < <(bench_run "$seconds" / -s benchmarks/http/graphql-get-miss.lua)
  echo "round $round: plain $pr req/s (p50 $pp us), routed $rr req/s (p50 $rp us), hit $hr req/s (p50 $hp us), miss $mr req/s (p50 $mp us)"
  totals=$(awk -v t="$totals" -v a="$pr" -v b="$pp" -v c="$rr" -v d="$rp" -v e="$hr" -v f="$hp" -v g="$mr" -v h="$mp" \
    'BEGIN { split(t, s, " "); print s[1]+a, s[2]+b, s[3]+c, s[4]+d, s[5]+e, s[6]+f, s[7]+g, s[8]+h }')
done
awk -v t="$totals" -v n="$rounds" 'BEGIN {
  split(t, s, " ")
  printf "plain %.0f req/s p50 %.0f us | routed %.0f req/s p50 %.0f us | hit %.0f req/s p50 %.0f us | miss %.0f req/s p50 %.0f us\n", s[1]/n, s[2]/n, s[3]/n, s[4]/n, s[5]/n, s[6]/n, s[7]/n, s[8]/n
  printf "hit/routed throughput %.2f (target >= 0.8); hit/plain (before all middleware) %.2f; hit p50 / miss p50 %.3f (target <= 0.1)\n", s[5]/s[3], s[5]/s[1], s[6]/s[8] }'
