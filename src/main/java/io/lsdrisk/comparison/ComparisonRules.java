package io.lsdrisk.comparison;

import java.util.List;
import java.util.Locale;

/**
 * The ladders of {@link ComparisonProperties} applied to evidence: each method returns
 * the level and the rule, in words with the figures compared.
 */
final class ComparisonRules {

	private final ComparisonProperties properties;

	ComparisonRules(ComparisonProperties properties) {
		this.properties = properties;
	}

	/**
	 * @param level the level
	 * @param rule why
	 */
	record Rated(RiskLevel level, String rule) {
	}

	Rated illiquidity(double depthEth, Double waitDays, boolean redemptionOpen) {
		ComparisonProperties.Illiquidity rules = this.properties.illiquidity();
		String move = number(this.properties.depthMovePercent()) + " %";
		if (depthEth >= rules.lowMinDepthEth()) {
			return new Rated(RiskLevel.LOW, "DEX depth to a " + move + " move " + number(depthEth) + " ETH >= "
					+ number(rules.lowMinDepthEth()) + " ETH");
		}
		if (depthEth >= rules.mediumMinDepthEth()) {
			return new Rated(RiskLevel.MEDIUM, "DEX depth to a " + move + " move " + number(depthEth) + " ETH >= "
					+ number(rules.mediumMinDepthEth()) + " ETH");
		}
		if (redemptionOpen && waitDays != null && waitDays <= rules.mediumMaxWaitDays()) {
			return new Rated(RiskLevel.MEDIUM,
					"DEX depth " + number(depthEth) + " ETH < " + number(rules.mediumMinDepthEth())
							+ " ETH, but the withdrawal wait " + number(waitDays) + " days <= "
							+ number(rules.mediumMaxWaitDays()) + " days");
		}
		String wait = (!redemptionOpen) ? "no withdrawals" : (waitDays == null) ? "no known withdrawal wait"
				: "withdrawal wait " + number(waitDays) + " days > " + number(rules.mediumMaxWaitDays()) + " days";
		return new Rated(RiskLevel.HIGH,
				"DEX depth " + number(depthEth) + " ETH < " + number(rules.mediumMinDepthEth()) + " ETH and " + wait);
	}

	Rated slashing(int operators) {
		ComparisonProperties.Slashing rules = this.properties.slashing();
		if (operators >= rules.lowMinOperators()) {
			return new Rated(RiskLevel.LOW, operators + " node operators >= " + rules.lowMinOperators());
		}
		if (operators >= rules.mediumMinOperators()) {
			return new Rated(RiskLevel.MEDIUM, operators + " node operators >= " + rules.mediumMinOperators()
					+ " and < " + rules.lowMinOperators());
		}
		return new Rated(RiskLevel.HIGH, operators + " node operators < " + rules.mediumMinOperators()
				+ ": a correlated slashing hits much of the pool");
	}

	Rated smartContract(int audits, double ageYears) {
		ComparisonProperties.SmartContract rules = this.properties.smartContract();
		String facts = audits + " audits, " + number(ageYears) + " years in production";
		if (audits >= rules.lowMinAudits() && ageYears >= rules.lowMinAgeYears()) {
			return new Rated(RiskLevel.LOW, facts + ": >= " + rules.lowMinAudits() + " audits and >= "
					+ number(rules.lowMinAgeYears()) + " years");
		}
		if (audits >= rules.mediumMinAudits() && ageYears >= rules.mediumMinAgeYears()) {
			return new Rated(RiskLevel.MEDIUM, facts + ": >= " + rules.mediumMinAudits() + " audits and >= "
					+ number(rules.mediumMinAgeYears()) + " years");
		}
		return new Rated(RiskLevel.HIGH, facts + ": fewer than " + rules.mediumMinAudits() + " audits or under "
				+ number(rules.mediumMinAgeYears()) + " years");
	}

	/** Each argument may be null (not measured); null when all are. */
	Rated depeg(Double maxDiscountBps, Double currentDiscountBps, Double probability) {
		if (maxDiscountBps == null && currentDiscountBps == null && probability == null) {
			return null;
		}
		ComparisonProperties.Depeg rules = this.properties.depeg();
		String threshold = "P(peg <= " + number(this.properties.depegThreshold()) + " in "
				+ this.properties.depegHorizonDays() + " days)";
		if (reaches(maxDiscountBps, rules.highMaxDiscountBps())) {
			return new Rated(RiskLevel.HIGH, "maximum discount " + number(maxDiscountBps) + " bp >= "
					+ number(rules.highMaxDiscountBps()) + " bp");
		}
		if (reaches(currentDiscountBps, rules.highCurrentDiscountBps())) {
			return new Rated(RiskLevel.HIGH, "current discount " + number(currentDiscountBps) + " bp >= "
					+ number(rules.highCurrentDiscountBps()) + " bp");
		}
		if (reaches(probability, rules.highProbability())) {
			return new Rated(RiskLevel.HIGH,
					threshold + " = " + number(probability) + " >= " + number(rules.highProbability()));
		}
		if (reaches(maxDiscountBps, rules.mediumMaxDiscountBps())) {
			return new Rated(RiskLevel.MEDIUM, "maximum discount " + number(maxDiscountBps) + " bp >= "
					+ number(rules.mediumMaxDiscountBps()) + " bp");
		}
		if (reaches(currentDiscountBps, rules.mediumCurrentDiscountBps())) {
			return new Rated(RiskLevel.MEDIUM, "current discount " + number(currentDiscountBps) + " bp >= "
					+ number(rules.mediumCurrentDiscountBps()) + " bp");
		}
		if (reaches(probability, rules.mediumProbability())) {
			return new Rated(RiskLevel.MEDIUM,
					threshold + " = " + number(probability) + " >= " + number(rules.mediumProbability()));
		}
		return new Rated(RiskLevel.LOW,
				measured("maximum discount", maxDiscountBps, " bp", rules.mediumMaxDiscountBps()) + ", "
						+ measured("current discount", currentDiscountBps, " bp", rules.mediumCurrentDiscountBps())
						+ ", " + measured(threshold, probability, "", rules.mediumProbability()));
	}

	private static String measured(String name, Double value, String unit, double threshold) {
		return (value != null) ? name + " " + number(value) + unit + " < " + number(threshold) + unit
				: name + " not available";
	}

	Rated governance(double share) {
		ComparisonProperties.Governance rules = this.properties.governance();
		String facts = "share of all staked ETH " + percent(share);
		if (share >= rules.highMinShare()) {
			return new Rated(RiskLevel.HIGH, facts + " >= " + percent(rules.highMinShare())
					+ " (the one-third threshold: enough stake to stop finality)");
		}
		if (share >= rules.mediumMinShare()) {
			return new Rated(RiskLevel.MEDIUM, facts + " >= " + percent(rules.mediumMinShare()) + ", below the "
					+ percent(rules.highMinShare()) + " one-third threshold");
		}
		return new Rated(RiskLevel.LOW, facts + " < " + percent(rules.mediumMinShare()));
	}

	Rated yield(double shortfall) {
		ComparisonProperties.Yield rules = this.properties.yield();
		String facts = "yield shortfall against native staking " + percent(shortfall) + " a year";
		if (shortfall <= rules.lowMaxShortfall()) {
			return new Rated(RiskLevel.LOW, facts + " <= " + percent(rules.lowMaxShortfall()));
		}
		if (shortfall <= rules.mediumMaxShortfall()) {
			return new Rated(RiskLevel.MEDIUM, facts + " <= " + percent(rules.mediumMaxShortfall()));
		}
		return new Rated(RiskLevel.HIGH, facts + " > " + percent(rules.mediumMaxShortfall()));
	}

	/** The whole ladder of a dimension, in words, for the detail view. */
	List<String> ladder(RiskDimension dimension) {
		ComparisonProperties p = this.properties;
		return switch (dimension) {
			case ILLIQUIDITY -> List.of(
					"LOW: DEX depth to a " + number(p.depthMovePercent()) + " % move >= "
							+ number(p.illiquidity().lowMinDepthEth()) + " ETH",
					"MEDIUM: depth >= " + number(p.illiquidity().mediumMinDepthEth())
							+ " ETH, or withdrawals open with a wait <= " + number(p.illiquidity().mediumMaxWaitDays())
							+ " days",
					"HIGH: otherwise");
			case SLASHING -> List.of("LOW: >= " + p.slashing().lowMinOperators() + " node operators",
					"MEDIUM: >= " + p.slashing().mediumMinOperators() + " node operators", "HIGH: otherwise");
			case SMART_CONTRACT -> List.of(
					"LOW: >= " + p.smartContract().lowMinAudits() + " audits and >= "
							+ number(p.smartContract().lowMinAgeYears()) + " years",
					"MEDIUM: >= " + p.smartContract().mediumMinAudits() + " audits and >= "
							+ number(p.smartContract().mediumMinAgeYears()) + " years",
					"HIGH: otherwise");
			case DEPEG -> List.of(
					"HIGH: maximum discount >= " + number(p.depeg().highMaxDiscountBps()) + " bp, current >= "
							+ number(p.depeg().highCurrentDiscountBps()) + " bp, or probability >= "
							+ number(p.depeg().highProbability()),
					"MEDIUM: maximum discount >= " + number(p.depeg().mediumMaxDiscountBps()) + " bp, current >= "
							+ number(p.depeg().mediumCurrentDiscountBps()) + " bp, or probability >= "
							+ number(p.depeg().mediumProbability()),
					"LOW: otherwise");
			case GOVERNANCE_CONCENTRATION -> List.of(
					"HIGH: share of all staked ETH >= " + percent(p.governance().highMinShare())
							+ " (one-third threshold)",
					"MEDIUM: share >= " + percent(p.governance().mediumMinShare()), "LOW: otherwise");
			case YIELD -> List.of("LOW: shortfall against native staking <= " + percent(p.yield().lowMaxShortfall()),
					"MEDIUM: shortfall <= " + percent(p.yield().mediumMaxShortfall()), "HIGH: otherwise");
		};
	}

	private static boolean reaches(Double value, double threshold) {
		return value != null && value >= threshold;
	}

	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return String.format(Locale.ROOT, "%,d", (long) value);
		}
		if (Math.abs(value) >= 100) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		return String.format(Locale.ROOT, (Math.abs(value) >= 1) ? "%.2f" : "%.4f", value);
	}

	static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
	}

}
