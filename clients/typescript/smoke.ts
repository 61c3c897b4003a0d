// A client typed by openapi-typescript from openapi.yaml, type-checked with tsc and run by
// node against a running service with the sample data (LSDRISK_BASE_URL, default
// http://localhost:18081). It calls a dozen operations, two of them answering 4xx, and
// fails (exit code 1) when an answer is not what its types say.
import type { components, operations } from "./generated/lsdrisk";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

type Schemas = components["schemas"];
type Ok<Op extends keyof operations> = operations[Op]["responses"] extends { 200: { content: infer C } }
  ? C extends { "application/json": infer T }
    ? T
    : never
  : never;

// Compile-time facts: fields the service can answer null are typed with null, the others
// are not. tsc fails when the contract loses or gains a null.
type Nullable<T> = null extends T ? true : false;
const nullable: [
  Nullable<Schemas["PoolState"]["blockNumber"]>,
  Nullable<Schemas["AssetResponse"]["latestState"]>,
  Nullable<Schemas["Valuation"]["perShare"]>,
  Nullable<Schemas["Valuation"]["redemptionBound"]>,
  Nullable<Schemas["ValuationWindow"]["startRate"]>,
  Nullable<Schemas["PublishedMethods"]["smartLtvReason"]>,
  Nullable<Schemas["RiskCell"]["level"]>,
  Nullable<Schemas["OptionGreeks"]["seriesTerms"]>,
  Nullable<Schemas["CursorPagePoolState"]["nextCursor"]>,
] = [true, true, true, true, true, true, true, true, true];
const neverNull: [
  Nullable<Schemas["PoolState"]["exchangeRate"]>,
  Nullable<Schemas["OptionGreeks"]["price"]>,
  Nullable<Schemas["Valuation"]["windows"]>,
  Nullable<Schemas["RiskCell"]["dimension"]>,
] = [false, false, false, false];

const base = process.env.LSDRISK_BASE_URL ?? "http://localhost:18081";
const failures: string[] = [];
let calls = 0;

function expect(condition: boolean, what: string): void {
  if (!condition) {
    failures.push(what);
  }
}

async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  accept = "application/json",
): Promise<{ status: number; type: string; body: T }> {
  calls++;
  const response = await fetch(base + path, {
    method,
    headers: { Accept: accept, ...(body !== undefined ? { "Content-Type": "application/json" } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const type = response.headers.get("content-type") ?? "";
  const text = await response.text();
  const parsed = type.includes("json") ? JSON.parse(text) : text;
  return { status: response.status, type, body: parsed as T };
}

async function main(): Promise<void> {
  const lsds = await call<Ok<"listLsds">>("GET", "/api/v1/lsds");
  expect(lsds.status === 200 && lsds.body.length >= 6, "listLsds: six sample LSDs");
  const latest: Schemas["PoolState"] | null | undefined = lsds.body[0]?.latestState;
  expect(latest !== undefined, "listLsds: latestState is present (null or a state)");

  const steth = await call<Ok<"getLsd">>("GET", "/api/v1/lsds/steth");
  expect(steth.status === 200 && steth.body.symbol === "stETH", "getLsd: stETH");
  const block: number | null | undefined = steth.body.latestState?.blockNumber;
  expect(block === null || typeof block === "number", "getLsd: blockNumber is a number or null");

  const states = await call<Ok<"listStates">>("GET", "/api/v1/lsds/stETH/states?limit=2");
  expect(states.status === 200 && (states.body.items ?? []).length === 2, "listStates: a page of two");
  expect(typeof states.body.nextCursor === "string", "listStates: a next cursor");

  const valuation = await call<Ok<"getValuation">>("GET", "/api/v1/lsds/rETH/valuation");
  expect(valuation.status === 200 && typeof valuation.body.fairValueEth === "number", "getValuation: rETH");
  const perShare: Schemas["ValuationPerShare"] | null | undefined = valuation.body.perShare;
  expect(perShare === null, "getValuation: no per-share figures for a non-rebasing token");

  const valuations = await call<Ok<"listValuations">>("GET", "/api/v1/valuations");
  expect(valuations.status === 200 && valuations.body.length >= 6, "listValuations: one row per LSD");

  const depeg = await call<Ok<"getDepeg">>("GET", "/api/v1/lsds/stETH/depeg?thresholds=0.99&horizonsDays=30");
  expect(depeg.status === 200 && (depeg.body.results ?? []).length === 1, "getDepeg: one result");

  const comparison = await call<Ok<"getRiskComparison">>(
    "GET",
    "/api/v1/risk/comparison?symbols=stETH",
    undefined,
    "application/json, text/csv",
  );
  expect(comparison.status === 200 && comparison.type.startsWith("application/json"), "getRiskComparison: JSON first");
  const csv = await call<string>("GET", "/api/v1/risk/comparison?symbols=stETH", undefined, "text/csv;q=1, application/json;q=0.5");
  expect(csv.status === 200 && csv.type.startsWith("text/csv"), "getRiskComparison: CSV when preferred");

  const contract: Schemas["OptionContract"] = {
    type: "CALL",
    spot: 60,
    strike: 65,
    expiryYears: 0.25,
    volatility: 0.3,
    riskFreeRate: 0.08,
  };
  const greeks = await call<Ok<"priceOptions">>("POST", "/api/v1/options/greeks", { model: "BSM", contracts: [contract] });
  const price = greeks.body.results?.[0]?.price ?? NaN;
  // Haug's call: 2.1334.
  expect(greeks.status === 200 && Math.abs(price - 2.1334) < 1e-4, "priceOptions: Haug's call");
  const terms: number | null | undefined = greeks.body.results?.[0]?.seriesTerms;
  expect(terms === null, "priceOptions: no series terms under BSM");

  const single: Schemas["ImpliedVolatilityContract"] = {
    type: "CALL",
    spot: 60,
    strike: 65,
    expiryYears: 0.25,
    riskFreeRate: 0.08,
    price: 2.1334,
  };
  const implied = await call<Ok<"computeImpliedVolatility">>("POST", "/api/v1/options/implied-volatility", single);
  const sigma = implied.body.results?.[0]?.impliedVolatility ?? NaN;
  expect(implied.status === 200 && Math.abs(sigma - 0.3) < 1e-4, "computeImpliedVolatility: one contract");

  const strategy: Schemas["StrategyRequest"] = {
    strategy: "COVERED_CALL",
    expiryYears: 0.25,
    strike: 65,
    legs: [],
    market: { spot: 60, volatility: 0.3, riskFreeRate: 0.08 },
  };
  const covered = await call<Ok<"valueStrategy">>("POST", "/api/v1/options/strategies", strategy);
  expect(covered.status === 200 && (covered.body.legs ?? []).length === 2, "valueStrategy: empty legs are no legs");

  const trade: Schemas["StableSwapQuoteRequest"] = {
    amplification: 50,
    fee: 0.0004,
    balances: [227843.61, 1047596.89],
    sell: "LSD",
    amount: 10000,
  };
  const quote = await call<Ok<"quoteStableSwap">>("POST", "/api/v1/liquidity/stableswap/quote", trade);
  expect(quote.status === 200 && typeof quote.body.amountOut === "number", "quoteStableSwap: a quote");

  const missing = await call<Schemas["Problem"]>("GET", "/api/v1/lsds/noSuchLsd");
  expect(missing.status === 404 && missing.type.startsWith("application/problem+json"), "getLsd: 404 problem");
  expect((missing.body.errors ?? []).some((error) => error.field === "symbol"), "getLsd: the 404 names symbol");

  const unauthorised = await call<Schemas["Problem"]>("POST", "/api/v1/lsds/stETH/states", []);
  expect(unauthorised.status === 401, "ingestStates: 401 without a key");

  console.log(`typescript client: ${calls} calls, ${failures.length} failures`);
  failures.forEach((failure) => console.log("  FAILED " + failure));
  process.exitCode = failures.length === 0 && nullable.length === 9 && neverNull.length === 4 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.log("typescript client: " + String(error));
  process.exitCode = 1;
});
