# Shared set-up of the HTTP benchmarks (sourced by http-bench.sh and cache-bench.sh, not run on its own).
# bench_start <lessons> <port> <request.json>: checks wrk, builds the API in Release, generates (or reuses)
# data/bench/lessons-<lessons>.db, starts the API on 127.0.0.1:<port> with the plain endpoint answering the bytes of
# <request.json> and no effective rate limit, waits until it is up, and stops it by its PID when the script exits.
# Sourcing it makes work, a temporary folder removed at exit; bench_start sets url, the API's base URL.

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bench_start() {
  local lessons=$1 port=$2 request=$3
  local db="$PWD/data/bench/lessons-$lessons.db"
  url="http://127.0.0.1:$port"
  command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install -y wrk)"; exit 1; }
  dotnet build src/Werkplaats.Graph.Api -c Release -v q --nologo
  if [ ! -f "$db" ]; then
    dotnet run --project src/Werkplaats.Graph.Api -c Release --no-build -- generate --lessons "$lessons" --seed 42 --out "$db"
  fi

  ConnectionStrings__Graph="Data Source=$db" Graph__SeedOnStart=false \
    Benchmarks__PlainEndpoint=true Benchmarks__Request="$request" RateLimiting__PermitLimit=1000000000 \
    ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet src/Werkplaats.Graph.Api/bin/Release/net10.0/Werkplaats.Graph.Api.dll >"$work/api.log" 2>&1 &
  bench_api=$!
  trap 'kill "$bench_api" 2>/dev/null; wait "$bench_api" 2>/dev/null; rm -rf "$work"' EXIT

  for _ in $(seq 1 60); do
    curl -fs "$url/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$bench_api" 2>/dev/null || { cat "$work/api.log"; exit 1; }
    sleep 1
  done
  echo "the API did not answer on $url within 60 s"; cat "$work/api.log"; exit 1
}

# bench_same_bytes <file> <what>: fails unless both plain endpoints answer exactly the bytes in <file>.
bench_same_bytes() {
  local plain
  for plain in /bench/plain /bench/routed; do
    curl -fs "$url$plain" >"$work/plain.json"
    if ! cmp -s "$1" "$work/plain.json"; then
      echo "the bytes of $plain differ from $2"; exit 1
    fi
  done
}

# bench_run <seconds> <path> [wrk options]: one wrk run (1 thread, 2 connections); prints "<requests/sec> <p50 in µs>".
bench_run() {
  local duration=$1 path=$2; shift 2
  wrk -t1 -c2 -d"${duration}s" --latency -H "Accept: application/graphql-response+json" "$@" "$url$path" >"$work/last.log"
  awk '/^Requests\/sec:/ { rps = $2 }
       /^ +50%/ { t = $2; v = t + 0; if (t ~ /us$/) p50 = v; else if (t ~ /ms$/) p50 = v * 1000; else p50 = v * 1000000 }
       END { print rps, p50 }' "$work/last.log"
}
