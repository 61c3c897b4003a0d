-- wrk script: POSTs batches of pool states whose observedAt no other request of this or an
-- earlier run uses (millisecond steps from a per-run, per-thread origin), so that every row is
-- a real insert. Environment: LOAD_SYMBOL, LOAD_BATCH (states per request), LOAD_KEY.
local symbol = os.getenv("LOAD_SYMBOL") or "loadETH"
local batch = tonumber(os.getenv("LOAD_BATCH") or "1000")
local key = os.getenv("LOAD_KEY") or "dev-key"
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  counter = 0
  -- 2000-01-01 in ms, plus a slot for this run (30 slots) and this thread (1e10 ms each).
  origin = 946684800000 + (os.time() % 30) * 25e9 + tid * 1e10
end

function request()
  local rows = {}
  for i = 1, batch do
    local ms = origin + counter * batch + i
    local seconds = math.floor(ms / 1000)
    rows[i] = string.format('{"observedAt":"%s.%03dZ","exchangeRate":1.05,"marketPriceEth":1.049}',
      os.date("!%Y-%m-%dT%H:%M:%S", seconds), ms % 1000)
  end
  counter = counter + 1
  return wrk.format("POST", "/api/v1/lsds/" .. symbol .. "/states",
    { ["Content-Type"] = "application/json", ["X-API-Key"] = key }, "[" .. table.concat(rows, ",") .. "]")
end
