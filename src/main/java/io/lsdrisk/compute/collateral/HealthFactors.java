package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

import java.util.ArrayList;
import java.util.List;

/**
 * Health factor of lending positions with several collateral and debt assets, by Aave
 * v3's rule, with the liquidation peg, the liquidation ETH price and depeg stress.
 *
 * <p>
 * {@code HF = sum_i(collateral_i * price_i * LT_i) / sum_j(debt_j * price_j)};
 * liquidation is allowed when HF &lt; 1 (Aave v3 technical paper, section "Health
 * factor"; {@code GenericLogic.calculateUserAccountData}). Thresholds (and E-mode
 * thresholds) are inputs: the caller takes them from the stored market or the request.
 *
 * <p>
 * Shocks: a depeg multiplies the market price of every LSD (collateral and debt) by
 * {@code 1 - s}; the protocol sees it only under a {@link OracleMode#MARKET} oracle. An
 * ETH move multiplies the price of every ETH-correlated asset (ETH and LSDs) and leaves
 * {@link AssetKind#OTHER} assets fixed. Both keep thresholds fixed.
 */
public final class HealthFactors {

	/** Depeg shocks reported with every position: 1, 2, 5, 10 and 20 %. */
	private static final List<Double> DEPEG_SHOCKS = List.of(0.01, 0.02, 0.05, 0.10, 0.20);

	/** Relative tolerance within which LSD collaterals count as sharing one peg. */
	private static final double SAME_PEG_TOLERANCE = 1e-9;

	private HealthFactors() {
	}

	/**
	 * The depeg shocks applied by {@link #health(Position)}.
	 * @return 0.01, 0.02, 0.05, 0.10, 0.20
	 */
	public static List<Double> depegShocks() {
		return DEPEG_SHOCKS;
	}

	/**
	 * Health factor only.
	 * @param position the position
	 * @return the health factor; infinite without debt
	 */
	public static double healthFactor(Position position) {
		Arguments.notNull("position", position);
		double weighted = 0;
		for (CollateralHolding holding : position.collateral()) {
			weighted += holding.value() * holding.liquidationThreshold();
		}
		double debt = 0;
		for (DebtHolding holding : position.debt()) {
			debt += holding.value();
		}
		return ratio(weighted, debt);
	}

	/**
	 * Full health report of each position, in input order.
	 * @param positions the positions
	 * @return one result per position
	 */
	public static List<PositionHealth> health(List<Position> positions) {
		Arguments.notNull("positions", positions);
		List<PositionHealth> results = new ArrayList<>(positions.size());
		for (int i = 0; i < positions.size(); i++) {
			Position position = positions.get(i);
			if (position == null) {
				throw new IllegalArgumentException("positions[" + i + "] must not be null");
			}
			results.add(health(position));
		}
		return results;
	}

	/**
	 * Full health report of one position.
	 * @param position the position
	 * @return health factor, borrowing power left, liquidation peg and ETH price, buffer,
	 * alert tier and depeg stress
	 */
	public static PositionHealth health(Position position) {
		Arguments.notNull("position", position);
		// Weighted collateral and debt split by how they move under the two shocks.
		double collateralValue = 0;
		double borrowable = 0;
		double weightedLsd = 0;
		double weightedEth = 0;
		double weightedOther = 0;
		double pegOfLsd = Double.NaN;
		boolean samePeg = true;
		for (CollateralHolding holding : position.collateral()) {
			double value = holding.value();
			collateralValue += value;
			borrowable += value * holding.loanToValue();
			double weighted = value * holding.liquidationThreshold();
			switch (holding.kind()) {
				case LSD -> {
					weightedLsd += weighted;
					double peg = holding.price() / (holding.exchangeRate() * position.ethPrice());
					if (Double.isNaN(pegOfLsd)) {
						pegOfLsd = peg;
					}
					else if (Math.abs(peg - pegOfLsd) > SAME_PEG_TOLERANCE * Math.max(peg, pegOfLsd)) {
						samePeg = false;
					}
				}
				case ETH -> weightedEth += weighted;
				case OTHER -> weightedOther += weighted;
			}
		}
		double debtLsd = 0;
		double debtEth = 0;
		double debtOther = 0;
		for (DebtHolding holding : position.debt()) {
			switch (holding.kind()) {
				case LSD -> debtLsd += holding.value();
				case ETH -> debtEth += holding.value();
				case OTHER -> debtOther += holding.value();
			}
		}
		double weightedCollateral = weightedLsd + weightedEth + weightedOther;
		double debtValue = debtLsd + debtEth + debtOther;
		double healthFactor = ratio(weightedCollateral, debtValue);
		boolean market = position.oracleMode() == OracleMode.MARKET;

		List<ShockedHealth> shocked = new ArrayList<>(DEPEG_SHOCKS.size());
		for (double shock : DEPEG_SHOCKS) {
			double shockedHealth = market ? ratio(weightedLsd * (1 - shock) + weightedEth + weightedOther,
					debtLsd * (1 - shock) + debtEth + debtOther) : healthFactor;
			shocked.add(new ShockedHealth(shock, shockedHealth));
		}

		// Liquidation peg: m * weightedLsd + rest = m * debtLsd + debtRest.
		Double pegMultiplier = null;
		Double pegRatio = null;
		String pegReason = null;
		double lsdNet = weightedLsd - debtLsd;
		if (debtValue == 0) {
			pegReason = "no debt: the position cannot be liquidated";
		}
		else if (!market) {
			pegReason = "the oracle reads the exchange rate: a market depeg alone does not move the health factor";
		}
		else if (weightedLsd == 0 && debtLsd == 0) {
			pegReason = "no LSD collateral or debt: a depeg does not move the health factor";
		}
		else if (lsdNet == 0) {
			pegReason = "LSD collateral and LSD debt offset: a depeg does not move the health factor";
		}
		else {
			double multiplier = (debtEth + debtOther - weightedEth - weightedOther) / lsdNet;
			if (multiplier <= 0) {
				pegReason = lsdNet > 0
						? "the collateral that is not an LSD covers the debt: no depeg liquidates the position"
						: "no peg level liquidates the position";
			}
			else {
				pegMultiplier = multiplier;
				if (weightedLsd > 0 && samePeg && !Double.isNaN(pegOfLsd)) {
					pegRatio = multiplier * pegOfLsd;
				}
				else {
					pegReason = (weightedLsd > 0) ? "LSD collaterals have different current pegs: see the multiplier"
							: "no LSD collateral to read a peg from: see the multiplier";
				}
			}
		}

		// Liquidation ETH price: k * ethCorrelatedWeighted + otherWeighted = k * ethDebt
		// +
		// otherDebt.
		Double liquidationEthPrice = null;
		String ethReason = null;
		double ethNet = weightedLsd + weightedEth - debtLsd - debtEth;
		if (debtValue == 0) {
			ethReason = "no debt: the position cannot be liquidated";
		}
		else if (ethNet == 0) {
			ethReason = "ETH-correlated collateral and debt offset: the ETH price does not move the health factor";
		}
		else {
			double factor = (debtOther - weightedOther) / ethNet;
			if (factor > 0) {
				liquidationEthPrice = factor * position.ethPrice();
			}
			else if (debtOther == 0 && weightedOther == 0) {
				ethReason = "collateral and debt all move with ETH: the ETH price does not change the health factor";
			}
			else {
				ethReason = "no ETH price liquidates the position";
			}
		}

		double buffer;
		if (debtValue == 0) {
			buffer = 1.0;
		}
		else if (weightedCollateral == 0) {
			buffer = Double.NEGATIVE_INFINITY;
		}
		else {
			buffer = 1.0 - debtValue / weightedCollateral;
		}
		return new PositionHealth(healthFactor, collateralValue, weightedCollateral, debtValue,
				Math.max(0, borrowable - debtValue), pegMultiplier, pegRatio, pegReason, liquidationEthPrice, ethReason,
				buffer, AlertTier.of(healthFactor, position.emode()), List.copyOf(shocked));
	}

	private static double ratio(double weightedCollateral, double debt) {
		if (debt == 0) {
			return Double.POSITIVE_INFINITY;
		}
		return weightedCollateral / debt;
	}

}
