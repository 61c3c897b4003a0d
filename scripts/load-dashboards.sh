#!/usr/bin/env bash
# Latency of the dashboard reads under load: GET /api/v1/valuations and GET /api/v1/risk/comparison
# with 32 concurrent connections, once warm. Needs wrk (Debian: apt-get install -y wrk) and a running
# service with data, for example the development launcher with sample data on a port and database of
# its own:
#   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/lsdrisk_load \
#     mvn spring-boot:test-run -Dspring-boot.run.arguments=--server.port=18086
#   scripts/load-dashboards.sh http://localhost:18086
# Environment: CONNECTIONS (32), THREADS (2), DURATION (20s), WARMUP (5s).
set -euo pipefail

BASE=${1:-http://localhost:8080}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

# The liveness probe is the floor: what the machine gives any request at this concurrency.
for path in /actuator/health/liveness /api/v1/valuations /api/v1/risk/comparison; do
	status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
	[ "$status" = 200 ] || { echo "$BASE$path answered $status" >&2; exit 1; }
	# Warm-up: JIT compilation and the view cache.
	wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" "$BASE$path" >/dev/null
	echo "== GET $path: $CONNECTIONS connections, $THREADS threads, $DURATION"
	wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency "$BASE$path" \
		| grep -E 'Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors'
done
