package io.lsdrisk.chain;

import java.util.List;

/**
 * A configured feed, checked and with its calls encoded.
 *
 * @param name label in metrics, health and logs
 * @param symbol the LSD, or {@code *} for every one
 * @param kind the call shape
 * @param target where the value goes
 * @param calls the calls, in the order the kind defines
 * @param decimals fixed-point places of the answer
 * @param timesExchangeRate multiply by the snapshot's exchange rate
 * @param venue liquidity pool venue, for LIQUIDITY_POOL
 * @param required whether a failed read skips the row
 */
record Feed(String name, String symbol, FeedKind kind, FeedTarget target, List<ContractCall> calls, int decimals,
		boolean timesExchangeRate, String venue, boolean required) {

	static final String EVERY_LSD = "*";

	boolean appliesTo(String lsd) {
		return EVERY_LSD.equals(this.symbol) || this.symbol.equalsIgnoreCase(lsd);
	}

}
