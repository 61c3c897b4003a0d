package io.lsdrisk.options;

import io.lsdrisk.compute.options.OptionType;

/**
 * Query parameters of an option on a stored LSD; null where not given.
 *
 * @param type CALL or PUT, required
 * @param strike strike in ETH per token; default the spot (at the money)
 * @param expiryDays days to expiry in [0, lsdrisk.options.max-expiry-days]; default 30
 * @param volatility volatility per sqrt(year) in [0, 10]; default realised
 * @param riskFreeRate continuous rate per year in [-1, 1]; default configured
 * @param carryYield continuous carry yield in [-1, 1]; default from the token model
 * @param model BSM or MERTON_JUMP (default)
 */
record LsdOptionQuery(OptionType type, Double strike, Double expiryDays, Double volatility, Double riskFreeRate,
		Double carryYield, OptionModel model) {

}
