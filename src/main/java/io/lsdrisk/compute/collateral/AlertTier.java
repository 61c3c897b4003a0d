package io.lsdrisk.compute.collateral;

/**
 * Alert tier of a position from its health factor, with separate cut-offs for
 * efficiency-mode (E-mode) positions.
 *
 * <p>
 * For LSD collateral against ETH debt under a market oracle, the health factor is
 * proportional to the peg, so a position at health factor {@code h} survives a depeg of
 * {@code 1 - 1/h} before it becomes liquidatable. The cut-offs read as tolerated depegs:
 * <table>
 * <caption>Cut-offs (lower bound of each tier, inclusive) and the depeg each
 * tolerates</caption>
 * <tr>
 * <th>tier</th>
 * <th>normal</th>
 * <th>E-mode</th>
 * </tr>
 * <tr>
 * <td>SAFE</td>
 * <td>HF &ge; 1.50: 33 %</td>
 * <td>HF &ge; 1.10: 9.1 %</td>
 * </tr>
 * <tr>
 * <td>WATCH</td>
 * <td>HF &ge; 1.25: 20 %</td>
 * <td>HF &ge; 1.05: 4.8 %</td>
 * </tr>
 * <tr>
 * <td>WARNING</td>
 * <td>HF &ge; 1.10: 9.1 %</td>
 * <td>HF &ge; 1.02: 2.0 %</td>
 * </tr>
 * <tr>
 * <td>CRITICAL</td>
 * <td>HF &ge; 1.00: under 9.1 %</td>
 * <td>HF &ge; 1.00: under 2.0 %</td>
 * </tr>
 * <tr>
 * <td>LIQUIDATABLE</td>
 * <td>HF &lt; 1</td>
 * <td>HF &lt; 1</td>
 * </tr>
 * </table>
 * Why these numbers. Outside E-mode, collateral is often volatile against the debt (ETH
 * against stablecoins moves 20-30 % in a bad week), so SAFE asks for a buffer beyond one
 * such move. In E-mode (LTV/LT near 93 %/95 %) a position borrowed to the limit starts at
 * HF = LT/LTV = 0.95/0.93 = 1.0215, so normal cut-offs would flag every E-mode position;
 * there the risk is the peg alone: SAFE (9.1 %) exceeds the worst stETH discount on
 * record (6.5 %, Chainlink stETH/ETH 0.93502 on 2022-06-18), WATCH (4.8 %) exceeds the
 * May 2022 discount, WARNING sits at the HF of a loop borrowed to the limit (2 %).
 */
public enum AlertTier {

	/** Comfortable buffer. */
	SAFE,

	/** Buffer shrinking; worth watching. */
	WATCH,

	/** A plausible shock liquidates the position. */
	WARNING,

	/** A small shock liquidates the position. */
	CRITICAL,

	/** Health factor below 1: liquidators may act now. */
	LIQUIDATABLE;

	/**
	 * Classifies a health factor.
	 * @param healthFactor the health factor, {@code >= 0}, may be infinite (no debt)
	 * @param emode whether to use the E-mode cut-offs
	 * @return the tier
	 */
	public static AlertTier of(double healthFactor, boolean emode) {
		if (!(healthFactor >= 0)) {
			throw new IllegalArgumentException("healthFactor must be >= 0, was " + healthFactor);
		}
		if (healthFactor >= (emode ? 1.10 : 1.50)) {
			return SAFE;
		}
		if (healthFactor >= (emode ? 1.05 : 1.25)) {
			return WATCH;
		}
		if (healthFactor >= (emode ? 1.02 : 1.10)) {
			return WARNING;
		}
		if (healthFactor >= 1.0) {
			return CRITICAL;
		}
		return LIQUIDATABLE;
	}

}
