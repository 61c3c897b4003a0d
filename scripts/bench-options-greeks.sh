#!/usr/bin/env bash
# End-to-end timing of POST /api/v1/options/greeks with a batch of contracts against a
# running server: curl's time_total (connect, upload, compute, download) over repeated runs.
#
# Usage: scripts/bench-options-greeks.sh [base-url] [contracts] [runs] [model]
#   defaults: http://localhost:8080 10000 200 BSM; the key comes from LSDRISK_API_KEY (dev-key).
# Start a server first, for example on a port and database of its own:
#   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/lsdrisk_bench \
#     mvn spring-boot:test-run -Dspring-boot.run.arguments=--server.port=18473
set -euo pipefail
base=${1:-http://localhost:8080}
contracts=${2:-10000}
runs=${3:-200}
model=${4:-BSM}
key=${LSDRISK_API_KEY:-dev-key}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Varied contracts from a fixed seed: moneyness e^{+-0.5}, expiry up to 3 years, volatility
# 0.05 to 1.2, rates and carry yields of a few percent.
python3 - "$contracts" "$model" > "$work/body.json" <<'PY'
import json, math, random, sys
n, model = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(42)
items = []
for i in range(n):
    c = {"type": "CALL" if i % 2 == 0 else "PUT", "spot": round(rnd.uniform(0.9, 1.2), 6),
         "strike": 0.0, "expiryYears": round(rnd.uniform(0.01, 3.0), 6),
         "volatility": round(rnd.uniform(0.05, 1.2), 6), "riskFreeRate": round(rnd.uniform(-0.01, 0.06), 6),
         "carryYield": round(rnd.uniform(0.0, 0.05), 6), "quantity": rnd.choice([1, -1, 2, 10, -5])}
    c["strike"] = round(c["spot"] * math.exp(rnd.uniform(-0.5, 0.5)), 6)
    if model == "MERTON_JUMP":
        c.update({"jumpIntensity": round(rnd.uniform(0.0, 2.0), 6), "jumpMean": round(rnd.uniform(-0.1, 0.0), 6),
                  "jumpVolatility": round(rnd.uniform(0.0, 0.1), 6)})
    items.append(c)
json.dump({"model": model, "contracts": items}, sys.stdout, separators=(",", ":"))
PY

post() {
	curl -s -o "$work/out.json" -w '%{http_code} %{time_total}\n' -X POST "$base/api/v1/options/greeks" \
		-H "X-API-Key: $key" -H 'Content-Type: application/json' --data-binary "@$work/body.json"
}

first=$(post)
if [[ ${first%% *} != 200 ]]; then
	echo "request failed: $first" >&2
	head -c 600 "$work/out.json" >&2
	exit 1
fi
# Warm-up: the JIT compiles the parsing, pricing and writing paths.
for _ in $(seq 1 50); do post > /dev/null; done
for _ in $(seq 1 "$runs"); do post; done | awk '{print $2 * 1000}' | sort -n > "$work/ms.txt"
python3 - "$work/ms.txt" "$contracts" "$model" "$(wc -c < "$work/body.json")" "$(wc -c < "$work/out.json")" <<'PY'
import sys
ms = [float(x) for x in open(sys.argv[1])]
n = len(ms)
def q(p):
    return ms[min(n - 1, int(round(p * (n - 1))))]
print(f"POST /api/v1/options/greeks model={sys.argv[3]} contracts={sys.argv[2]} request={int(sys.argv[4])/1e6:.2f} MB "
      f"response={int(sys.argv[5])/1e6:.2f} MB runs={n}")
print(f"time_total ms: min {ms[0]:.1f}  median {q(0.5):.1f}  p90 {q(0.9):.1f}  p99 {q(0.99):.1f}  max {ms[-1]:.1f}")
PY
