package io.lsdrisk.collateral;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.lsdrisk.compute.ProvenanceDays;
import io.lsdrisk.compute.collateral.LiquidationMarket;
import org.jspecify.annotations.Nullable;

/**
 * The DEX pool an LSD's liquidations sell into, as used by a response.
 *
 * @param symbol the LSD whose pool it is (the LSD itself, or the token it unwraps to)
 * @param venue the pool's venue name
 * @param observedAt when the stored pool state was observed (null for a pool given in the
 * request or a documented scenario)
 * @param balanceEth ETH balance
 * @param balanceLsd balance of the pool's token, in its token units
 * @param amplification A as the contract reports it
 * @param fee swap fee, fraction of the output
 * @param poolRate ETH per pool token that a rate-scaled pool's oracle applies (the pool's
 * invariant holds on {@code balanceLsd * poolRate}); 1 when not rate-scaled
 * @param tokensPerCollateral pool tokens one collateral token unwraps to (wstETH's
 * exchange rate when wstETH sells through the stETH pool); 1 otherwise
 * @param priceEth marginal price of one collateral token in ETH, without fee
 * @param source where the state came from
 * @param market the market as the compute layer sees it, in collateral tokens
 * @param provenanceDays the stored states behind the pool: its state's day (series
 * {@code symbol/venue}) and the day of each exchange rate read to scale or unwrap it
 * (series {@code symbol}); empty for a pool given in the request or a documented scenario
 */
public record DexPool(@Nullable String symbol, @Nullable String venue, @Nullable Instant observedAt, double balanceEth,
		double balanceLsd, double amplification, double fee, double poolRate, double tokensPerCollateral,
		double priceEth, String source, @JsonIgnore LiquidationMarket market,
		@JsonIgnore ProvenanceDays provenanceDays) {

}
