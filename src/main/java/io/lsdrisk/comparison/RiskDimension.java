package io.lsdrisk.comparison;

/**
 * The rows of the table: the seed's four risk factors, governance concentration and
 * yield, with the seed's wording for native staking and for an LSD.
 */
public enum RiskDimension {

	ILLIQUIDITY("High (Assets are locked)", "Low (Assets are fungible)"),

	SLASHING("Direct (Validator responsibility)", "Indirect (Managed by protocol; potential for pool losses)"),

	SMART_CONTRACT("None (Protocol layer)", "High (Additional layer of code risk)"),

	DEPEG("None", "High (Market-driven divergence from underlying value)"),

	GOVERNANCE_CONCENTRATION("None (one validator's own stake)",
			"Protocols controlling the most stake influence consensus (governance paradox)"),

	YIELD("The full staking yield", "Staking yield net of the protocol's fee");

	private final String seedNativeStaking;

	private final String seedLsd;

	RiskDimension(String seedNativeStaking, String seedLsd) {
		this.seedNativeStaking = seedNativeStaking;
		this.seedLsd = seedLsd;
	}

	public String seedNativeStaking() {
		return this.seedNativeStaking;
	}

	public String seedLsd() {
		return this.seedLsd;
	}

}
