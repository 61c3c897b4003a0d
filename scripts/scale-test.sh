#!/usr/bin/env bash
# Scale check: puts 5 million pool states of one asset in the store (SQL generate_series, one a
# minute, about 9.5 years), then shows the query plans of the latest-state and one-year-range
# queries the service runs, times them through HTTP, and measures batch ingestion into the
# 5-million-row table with wrk.
#
#   scripts/scale-test.sh [base-url] [database]   (defaults http://localhost:8080, lsdrisk)
#
# Needs psql access as postgres to the service's database, curl and wrk. ROWS overrides 5,000,000.
set -euo pipefail
base=${1:-http://localhost:8080}
db=${2:-lsdrisk}
rows=${ROWS:-5000000}
key=${LOAD_KEY:-dev-key}
symbol=scaleETH
psql_() { psql -h localhost -U postgres -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }

curl -fsS -o /dev/null -X POST "$base/api/v1/lsds" -H "X-API-Key: $key" -H 'Content-Type: application/json' \
  -d "{\"symbol\":\"$symbol\",\"name\":\"Scale test\",\"protocol\":\"Scale\",\"tokenModel\":\"NON_REBASING\",\"underlying\":\"ETH\"}" || true
id=$(psql_ -c "select id from lsd_asset where symbol = '$symbol'")
have=$(psql_ -c "select count(*) from pool_state where asset_id = $id")
if [ "$have" -lt "$rows" ]; then
  echo "inserting $rows states for $symbol (asset $id) ..."
  time psql_ -c "insert into pool_state (asset_id, observed_at, exchange_rate, market_price_eth, eth_usd, source)
    select $id, now() - interval '1 day' - make_interval(mins => g), 1 + g * 1e-9, 1 + g * 1e-9, 3000, 'synthetic:scale-test'
    from generate_series(1, $rows) g on conflict do nothing"
  psql_ -c "analyze pool_state"
fi
echo "pool_state rows in total: $(psql_ -c 'select count(*) from pool_state')"
to=$(psql_ -c "select to_char(max(observed_at) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from pool_state where asset_id = $id")
from=$(psql_ -c "select to_char((max(observed_at) - interval '365 days') at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from pool_state where asset_id = $id")

echo; echo "== latest state (the query GET /lsds/{symbol} runs)"
psql_ -c "explain (analyze, buffers, costs off) select * from pool_state where asset_id = $id order by observed_at desc limit 1"
echo; echo "== one-year range, first page of 1,000 (GET /lsds/{symbol}/states?from=&to=)"
psql_ -c "explain (analyze, buffers, costs off) select * from pool_state where asset_id = $id and observed_at >= '$from' and observed_at < '$to' and observed_at > '1969-12-31' order by observed_at limit 1001"
echo; echo "== one-year range, a page of 10,000"
psql_ -c "explain (analyze, buffers, costs off) select * from pool_state where asset_id = $id and observed_at >= '$from' and observed_at < '$to' and observed_at > '1969-12-31' order by observed_at limit 10001" | tail -3

timeit() { # name url
  local name=$1 url=$2
  for _ in $(seq 20); do curl -s -o /dev/null "$url"; done
  for _ in $(seq 200); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n | awk -v name="$name" '
    {t[NR] = $1 * 1000} END {printf "%-44s p50 %6.2f ms  p99 %6.2f ms  (200 sequential requests)\n", name, t[int(NR*0.5)], t[int(NR*0.99)]}'
}
echo
timeit "HTTP GET /lsds/$symbol (latest state)" "$base/api/v1/lsds/$symbol"
timeit "HTTP one-year range, page of 1,000" "$base/api/v1/lsds/$symbol/states?from=$from&to=$to"
timeit "HTTP one-year range, page of 10,000" "$base/api/v1/lsds/$symbol/states?from=$from&to=$to&limit=10000"

echo; echo "== batch ingestion into the $(psql_ -c 'select count(*) from pool_state')-row table"
LOAD_SYMBOL=$symbol LOAD_KEY=$key wrk -t2 -c8 -d20s --latency -s "$(dirname "$0")/ingest.lua" "$base/api/v1/lsds/$symbol/states" \
  | awk -v n="${LOAD_BATCH:-1000}" '/Requests\/sec/ {printf "ingestion: %.0f requests/s = %.0f states/s\n", $2, $2 * n} $1=="99%" {print "p99 " $2}'
