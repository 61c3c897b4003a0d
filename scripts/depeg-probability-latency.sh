#!/usr/bin/env bash
# End-to-end latency of POST /api/v1/depeg/probability at the endpoint's default accuracy
# (no "paths": as many as a standard error of at most 0.002 needs), one threshold, 30 days.
# The model is the stressed stETH fit of May-December 2022 with jumps and a threshold near
# the middle of the distribution, where paths are most costly (probability about 0.48).
#
# Usage: scripts/depeg-probability-latency.sh [base-url] [requests]
#   base-url  default http://localhost:8080 (start the service with: mvn spring-boot:test-run)
#   requests  default 50, after 10 warm-up requests
set -euo pipefail
BASE=${1:-http://localhost:8080}
N=${2:-50}
BODY='{"model":{"kappa":9.67,"mu":-0.0091,"sigma":0.0335,"jumpIntensity":25.4,"jumpMean":-0.0045,"jumpVolatility":0.0107},
"initialPeg":0.995,"thresholds":[0.98],"horizonsDays":[30]}'
post() {
	curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$BASE/api/v1/depeg/probability" \
		-H 'Content-Type: application/json' -H "X-API-Key: ${LSDRISK_API_KEY:-dev-key}" --data-binary "$BODY"
}
for _ in $(seq 10); do post > /dev/null; done
curl -s -X POST "$BASE/api/v1/depeg/probability" -H 'Content-Type: application/json' \
	-H "X-API-Key: ${LSDRISK_API_KEY:-dev-key}" --data-binary "$BODY"
echo
for _ in $(seq "$N"); do post; done | awk '
	$1 != 200 { bad++ } { t[NR] = $2 * 1000 }
	END {
		n = asort(t)
		printf "requests %d, non-200 %d, ms: min %.1f median %.1f p90 %.1f max %.1f\n",
			n, bad, t[1], t[int((n + 1) / 2)], t[int(0.9 * n + 0.5)], t[n]
	}'
