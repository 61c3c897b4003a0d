#!/usr/bin/env bash
# Load benchmark: drives the main read endpoints and batch ingestion at a fixed concurrency for
# a fixed time with wrk, measures a trivial endpoint of the same service as the floor, and
# prints throughput, latency percentiles and each endpoint's throughput as a ratio of the floor.
#
#   scripts/load.sh [base-url]        (default http://localhost:8080; needs wrk: apt-get install wrk)
#
# Environment: CONNECTIONS (32), DURATION (20s), THREADS (2), LOAD_KEY (dev-key), LOAD_BATCH (1000).
# Only ever targets the given base URL, which should be this machine (loopback).
set -euo pipefail
base=${1:-http://localhost:8080}
connections=${CONNECTIONS:-32}
duration=${DURATION:-20s}
threads=${THREADS:-2}
export LOAD_KEY=${LOAD_KEY:-dev-key} LOAD_BATCH=${LOAD_BATCH:-1000} LOAD_SYMBOL=${LOAD_SYMBOL:-loadETH}
here=$(cd "$(dirname "$0")" && pwd)

case "$base" in
  http://localhost*|http://127.*|http://\[::1\]*) ;;
  *) echo "load.sh only targets this machine (localhost, 127.0.0.0/8, [::1])" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

curl -fsS -o /dev/null -X POST "$base/api/v1/lsds" -H "X-API-Key: $LOAD_KEY" -H 'Content-Type: application/json' \
  -d "{\"symbol\":\"$LOAD_SYMBOL\",\"name\":\"Load test\",\"protocol\":\"Load\",\"tokenModel\":\"NON_REBASING\",\"underlying\":\"ETH\"}" || true

run() { # name path [lua]
  local name=$1 path=$2 script=${3:-}
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  if [ -z "$script" ] && [ "$status" != 200 ]; then
    printf '%-34s skipped (HTTP %s)\n' "$name" "$status"; return
  fi
  # Warm up, then measure.
  wrk -t"$threads" -c"$connections" -d5s ${script:+-s "$script"} "$base$path" >/dev/null 2>&1 || true
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency ${script:+-s "$script"} "$base$path")
  local rps p50 p90 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p90=$(awk '$1=="90%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $4}' <<<"$out"); errors=${errors:-0}
  if [ -z "$floor" ]; then floor=$rps; fi
  local ratio extra=""
  ratio=$(awk -v a="$rps" -v b="$floor" 'BEGIN {printf "%.2f", a / b}')
  if [ -n "$script" ]; then
    extra=$(awk -v a="$rps" -v n="$LOAD_BATCH" 'BEGIN {printf "  (%.0f states/s)", a * n}')
  fi
  printf '%-34s %9s req/s  p50 %8s  p90 %8s  p99 %8s  ratio %5s  non-2xx %s%s\n' \
    "$name" "$rps" "$p50" "$p90" "$p99" "$ratio" "$errors" "$extra"
}

echo "wrk: $threads threads, $connections connections, $duration per endpoint, against $base ($(nproc) cores)"
floor=""
run "floor: GET /actuator/health/liveness" /actuator/health/liveness
run "GET /api/v1/lsds" /api/v1/lsds
run "GET /api/v1/lsds/steth" /api/v1/lsds/steth
run "GET /api/v1/lsds/steth/states?limit=100" "/api/v1/lsds/steth/states?limit=100"
run "GET /api/v1/valuations" /api/v1/valuations
run "GET /api/v1/risk/comparison" /api/v1/risk/comparison
run "POST states ($LOAD_BATCH per request)" "/api/v1/lsds/$LOAD_SYMBOL/states" "$here/ingest.lua"
