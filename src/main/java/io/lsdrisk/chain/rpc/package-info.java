/**
 * A JSON-RPC client for an Ethereum node: the three methods the feeds need, with
 * timeouts, retries with backoff, HTTP 429 honoured and a circuit breaker.
 */
package io.lsdrisk.chain.rpc;
