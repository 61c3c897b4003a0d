package io.lsdrisk.options;

import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.compute.options.OptionType;
import org.jspecify.annotations.Nullable;

/**
 * An option on a stored LSD's price in ETH, with every input and where it came from.
 *
 * @param symbol the LSD as registered
 * @param tokenModel REBASING or NON_REBASING; decides the carry
 * @param type CALL or PUT
 * @param model BSM or MERTON_JUMP
 * @param strike strike, ETH per token
 * @param strikeSource AT_THE_MONEY (the spot, by default) or REQUEST
 * @param expiryDays days to expiry
 * @param expiryYears expiryDays / 365
 * @param spot the underlying's value and the state it was read from
 * @param volatility the diffusion volatility and how it was obtained
 * @param riskFreeRate the continuous risk-free rate and its source
 * @param carryYield the continuous carry yield and the rule that gave it
 * @param jumps depeg jump parameters and their source; null under BSM
 * @param valuation price and Greeks of one option
 */
record LsdOptionResponse(String symbol, TokenModel tokenModel, OptionType type, OptionModel model, double strike,
		String strikeSource, double expiryDays, double expiryYears, MarketInputs.StoredSpot spot,
		MarketInputs.VolatilityInput volatility, MarketInputs.RateInput riskFreeRate,
		MarketInputs.CarryInput carryYield, @Nullable JumpParameters jumps, OptionGreeks valuation) {

}
