package io.lsdrisk.comparison;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladders against the defaults documented in {@link ComparisonProperties} and the
 * README, bound as Spring binds them.
 */
class ComparisonRulesTests {

	static final ComparisonProperties DEFAULTS = new Binder(new MapConfigurationPropertySource(Map.of()))
		.bindOrCreate("lsdrisk.comparison", ComparisonProperties.class);

	final ComparisonRules rules = new ComparisonRules(DEFAULTS);

	@Test
	void documentedDefaults() {
		assertThat(DEFAULTS.totalStakedEth()).isEqualTo(34_000_000);
		assertThat(DEFAULTS.governance().highMinShare()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
		assertThat(DEFAULTS.illiquidity().lowMinDepthEth()).isEqualTo(10_000);
		assertThat(DEFAULTS.nativeStaking().slashingLevel()).isEqualTo(RiskLevel.MEDIUM);
	}

	@Test
	void illiquidityLadder() {
		assertThat(this.rules.illiquidity(10_000, 30.0, false).level()).isEqualTo(RiskLevel.LOW);
		assertThat(this.rules.illiquidity(9_999, 30.0, false).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.illiquidity(1_000, null, false).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.illiquidity(999, 7.0, true).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.illiquidity(999, 7.5, true).level()).isEqualTo(RiskLevel.HIGH);
		// A short wait does not help before withdrawals exist.
		ComparisonRules.Rated closed = this.rules.illiquidity(0, 1.0, false);
		assertThat(closed.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(closed.rule()).contains("no withdrawals");
	}

	@Test
	void slashingAndSmartContractLadders() {
		assertThat(this.rules.slashing(100).level()).isEqualTo(RiskLevel.LOW);
		assertThat(this.rules.slashing(99).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.slashing(10).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.slashing(9).level()).isEqualTo(RiskLevel.HIGH);
		assertThat(this.rules.smartContract(10, 3).level()).isEqualTo(RiskLevel.LOW);
		assertThat(this.rules.smartContract(10, 2.9).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.smartContract(3, 1).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.smartContract(2, 10).level()).isEqualTo(RiskLevel.HIGH);
		assertThat(this.rules.smartContract(50, 0.5).level()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void depegLadderTakesTheWorstEvidence() {
		assertThat(this.rules.depeg(null, null, null)).isNull();
		assertThat(this.rules.depeg(300.0, 0.0, null).level()).isEqualTo(RiskLevel.HIGH);
		assertThat(this.rules.depeg(50.0, 100.0, null).level()).isEqualTo(RiskLevel.HIGH);
		assertThat(this.rules.depeg(50.0, 0.0, 0.05).level()).isEqualTo(RiskLevel.HIGH);
		assertThat(this.rules.depeg(100.0, 0.0, null).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.depeg(50.0, 25.0, 0.0).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.depeg(50.0, 10.0, 0.01).level()).isEqualTo(RiskLevel.MEDIUM);
		ComparisonRules.Rated low = this.rules.depeg(99.0, 24.0, null);
		assertThat(low.level()).isEqualTo(RiskLevel.LOW);
		assertThat(low.rule()).contains("not available");
		// Any one measurement is enough; the missing ones are named.
		ComparisonRules.Rated partial = this.rules.depeg(20.0, null, null);
		assertThat(partial.level()).isEqualTo(RiskLevel.LOW);
		assertThat(partial.rule()).contains("current discount not available");
		assertThat(this.rules.depeg(null, 30.0, null).level()).isEqualTo(RiskLevel.MEDIUM);
	}

	@Test
	void governanceNamesTheOneThirdThreshold() {
		ComparisonRules.Rated third = this.rules.governance(0.34);
		assertThat(third.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(third.rule()).contains("one-third threshold").contains("34.00 %");
		assertThat(this.rules.governance(0.33).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.governance(0.10).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.governance(0.0999).level()).isEqualTo(RiskLevel.LOW);
	}

	@Test
	void yieldShortfallLadder() {
		assertThat(this.rules.yield(-0.01).level()).isEqualTo(RiskLevel.LOW);
		assertThat(this.rules.yield(0.003).level()).isEqualTo(RiskLevel.LOW);
		assertThat(this.rules.yield(0.008).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.rules.yield(0.0081).level()).isEqualTo(RiskLevel.HIGH);
	}

}
