package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

import java.util.ArrayList;
import java.util.List;

/**
 * lsdrisk's collateral haircut: the discount that keeps the protocol whole when a
 * position at HF = 1 must be liquidated.
 *
 * <p>
 * At HF = 1 the collateral C and debt D satisfy {@code C LT = D}. Over the liquidation
 * horizon the collateral may fall by the diffusive move {@code m = 1 - exp(-z sigma
 * sqrt(h))} (z the normal quantile of the confidence level; {@code sigma^2 = sigmaPeg^2 +
 * sigmaEth^2} when the debt is not ETH, taking peg and ETH moves as independent, else
 * {@code sigmaPeg}), by a depeg jump beyond it {@code j = max(0, worstDrop - m)} from the
 * peg history, and, under a market oracle, by the price impact {@code i} of selling the
 * liquidated size itself. Liquidators act only if the bonus covers the slippage s of that
 * sale plus their margin: {@code bonus = s + margin}. The protocol is whole if what is
 * left still pays debt and bonus: {@code C (1 - m - i - j) >= D (1 + bonus)}, so
 * {@code LT = (1 - m - i - j) / (1 + bonus)} and {@code LTV = LT (1 - m)}.
 *
 * <p>
 * Compared with the published methods (Risk DAO's SmartLTV, Gauntlet's E-mode conditions,
 * Chaos Labs' supply caps), this adds the liquidation's own price impact and the depeg
 * jump term. Under an exchange-rate oracle the jump and move still count: the oracle does
 * not see the depeg, but the liquidator's resale does.
 */
public final class HaircutModel {

	static final String REFERENCE = "lsdrisk haircut: LT = (1 - priceMove - liquidationPriceImpact - jumpAddOn)"
			+ " / (1 + bonus), bonus = slippage + liquidatorMargin, LTV = LT (1 - priceMove);"
			+ " priceMove = 1 - exp(-z sigma sqrt(horizon)); see DOMAIN.md, Collateral health";

	private HaircutModel() {
	}

	/**
	 * Recommends parameters.
	 * @param request the inputs
	 * @param market the market liquidators sell into, now
	 * @return the recommendation with each component
	 */
	public static HaircutRecommendation recommend(HaircutRequest request, LiquidationMarket market) {
		Arguments.notNull("request", request);
		Arguments.notNull("market", market);
		double volatility = request.debtIsEth() ? request.pegVolatility()
				: Math.hypot(request.pegVolatility(), request.ethVolatility());
		double z = NormalQuantile.of(request.confidenceLevel());
		double priceMove = 1 - Math.exp(-z * volatility * Math.sqrt(request.liquidationHorizonYears()));
		double jumpAddOn = Math.max(0, request.worstPegDropOverHorizon() - priceMove);
		double size = request.liquidatedSizeLsd();
		double slippage = (size == 0) ? Math.max(0, market.slippage(0)) : market.slippage(size);
		double impact = (request.oracleMode() == OracleMode.MARKET && size > 0) ? market.priceImpact(size) : 0;
		double bonus = slippage + request.liquidatorMargin();
		double threshold = Math.max(0, (1 - priceMove - impact - jumpAddOn) / (1 + bonus));
		double loanToValue = threshold * (1 - priceMove);
		List<String> looser = new ArrayList<>(3);
		if (request.currentLoanToValue() > loanToValue) {
			looser.add("loanToValue");
		}
		if (request.currentLiquidationThreshold() > threshold) {
			looser.add("liquidationThreshold");
		}
		if (request.currentLiquidationBonus() < bonus) {
			looser.add("liquidationBonus");
		}
		return new HaircutRecommendation(volatility, priceMove, impact, slippage, jumpAddOn, bonus, threshold,
				loanToValue, 1 - threshold, List.copyOf(looser), REFERENCE);
	}

}
