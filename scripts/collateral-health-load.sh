#!/usr/bin/env bash
# End-to-end timing of POST /api/v1/collateral/health with 10,000 positions.
# Usage: scripts/collateral-health-load.sh [base-url] [runs] [api-key]
# Start a server first, e.g. (own database, own port):
#   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/lsdrisk_collateral \
#     mvn spring-boot:test-run -Dspring-boot.run.arguments=--server.port=18085
# The positions use the sample data: wstETH and stETH in aave-v3 at stored prices, debt in
# WETH and USDC, so every lookup (market, latest state, ETH/USD) is exercised.
set -euo pipefail
BASE=${1:-http://localhost:18085}
RUNS=${2:-20}
KEY=${3:-dev-key}
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT
python3 - "$BODY" <<'PY'
import json, random, sys
random.seed(7)
positions = []
for i in range(10_000):
    symbol = "wstETH" if i % 2 else "stETH"
    amount = round(random.uniform(0.5, 500), 6)
    debt = [{"asset": "WETH", "amount": round(amount * random.uniform(0.2, 0.9), 6)}]
    if i % 5 == 0:
        debt.append({"asset": "USDC", "amount": round(random.uniform(100, 50_000), 2)})
    positions.append({"market": "aave-v3", "collateral": [{"symbol": symbol, "amount": amount}], "debt": debt})
json.dump({"positions": positions}, open(sys.argv[1], "w"))
PY
echo "body: $(wc -c < "$BODY") bytes, 10,000 positions; $RUNS runs after 5 warm-up runs"
post() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$BASE/api/v1/collateral/health" \
    -H 'Content-Type: application/json' -H "X-API-Key: $KEY" --data-binary @"$BODY"
}
for _ in 1 2 3 4 5; do post > /dev/null; done
for _ in $(seq "$RUNS"); do post; done | awk '
  $1 != 200 { bad++ } { t[NR] = $2 * 1000 }
  END { n = asort(t); printf "status!=200: %d; ms per request of 10,000 positions: min %.0f median %.0f p90 %.0f max %.0f\n",
        bad, t[1], t[int((n + 1) / 2)], t[int(0.9 * n)], t[n] }'
