package io.lsdrisk.compute.options;

/**
 * One leg of an option strategy: units of the underlying or European options on it, all
 * with the strategy's expiry.
 *
 * @param kind underlying or option
 * @param optionType call or put for an option leg; null for the underlying
 * @param strike strike of an option leg, in [1e-12, 1e12]; 0 for the underlying
 * @param quantity units of the underlying held now, or number of options; positive long,
 * negative short
 */
public record StrategyLeg(LegKind kind, OptionType optionType, double strike, double quantity) {

	/**
	 * Checks the leg.
	 * @throws IllegalArgumentException naming the field at fault
	 */
	public StrategyLeg {
		if (kind == null) {
			throw new IllegalArgumentException("kind must be UNDERLYING or OPTION, was null");
		}
		Checks.inRange("quantity", quantity, -Checks.MAX_PRICE, Checks.MAX_PRICE);
		if (kind == LegKind.OPTION) {
			if (optionType == null) {
				throw new IllegalArgumentException("optionType must be CALL or PUT for an OPTION leg, was null");
			}
			Checks.price("strike", strike);
		}
		else if (optionType != null || strike != 0.0) {
			throw new IllegalArgumentException("optionType and strike must be absent (null, 0) for an UNDERLYING leg");
		}
	}

	/**
	 * A holding of the underlying.
	 * @param quantity units held now, positive long, negative short
	 * @return the leg
	 */
	public static StrategyLeg underlying(double quantity) {
		return new StrategyLeg(LegKind.UNDERLYING, null, 0.0, quantity);
	}

	/**
	 * A position in European options.
	 * @param optionType call or put
	 * @param strike the strike
	 * @param quantity number of options, positive long, negative short
	 * @return the leg
	 */
	public static StrategyLeg option(OptionType optionType, double strike, double quantity) {
		return new StrategyLeg(LegKind.OPTION, optionType, strike, quantity);
	}

}
