#!/usr/bin/env bash
# The analyst query over HTTP against a plain endpoint of the same server returning the same bytes, side by side in
# one run: usage benchmarks/http-bench.sh [lessons=100000] [seconds per round=5] [rounds=2] [request=analyst-query.json]
# (benchmarks/http/partner-page.json is the same page without totalCount).
# Starts the API (Release) on a generated graph on a loopback port, checks that both endpoints answer identical bytes,
# alternates wrk rounds between them (2 connections each), prints both throughputs, p50s and their ratio, stops the API.
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/bench-lib.sh

lessons=${1:-100000}
seconds=${2:-5}
rounds=${3:-2}
request="$PWD/benchmarks/http/${4:-analyst-query.json}"
bench_start "$lessons" "${BENCH_PORT:-5199}" "$request"

curl -fs -X POST -H "Content-Type: application/json" -H "Accept: application/graphql-response+json" \
  --data-binary "@$request" "$url/graphql" >"$work/graphql.json"
bench_same_bytes "$work/graphql.json" "the GraphQL response"
echo "both endpoints answer the same $(wc -c <"$work/graphql.json") bytes ($lessons lessons)"

export ANALYST_QUERY="$request"
bench_run 2 /bench/plain >/dev/null # warm-up of both paths (JIT, caches), not counted
bench_run 2 /graphql -s benchmarks/http/graphql-post.lua >/dev/null
totals="0 0 0 0"
for round in $(seq 1 "$rounds"); do
  read -r pr pp < <(bench_run "$seconds" /bench/plain)
  read -r gr gp < <(bench_run "$seconds" /graphql -s benchmarks/http/graphql-post.lua)
  echo "round $round: plain $pr req/s (p50 $pp us), graphql $gr req/s (p50 $gp us)"
  totals=$(awk -v t="$totals" -v a="$pr" -v b="$pp" -v c="$gr" -v d="$gp" 'BEGIN { split(t, s, " "); print s[1]+a, s[2]+b, s[3]+c, s[4]+d }')
done
awk -v t="$totals" -v n="$rounds" 'BEGIN {
  split(t, s, " ")
  printf "plain %.0f req/s p50 %.0f us | graphql %.0f req/s p50 %.0f us\n", s[1]/n, s[2]/n, s[3]/n, s[4]/n
  printf "graphql/plain throughput %.2f (target >= 0.5)\n", s[3]/s[1] }'
