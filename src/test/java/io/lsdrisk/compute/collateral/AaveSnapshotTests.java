package io.lsdrisk.compute.collateral;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Reproduces the health factors that Aave reported in the June 2023 snapshots
 * (db/sample/SOURCES.md) from the snapshots' amounts, prices and thresholds.
 */
class AaveSnapshotTests {

	static final Path V3 = Path.of("db/sample/aave_v3_wsteth_collateral_positions_snapshot_2023-06.csv");

	static final Path V2 = Path.of("db/sample/aave_v2_steth_collateral_positions_snapshot_2023-06.csv");

	static List<AaveSnapshotRow> rows(Path file) throws IOException {
		return AaveSnapshotRow.parse(Files.readAllLines(file));
	}

	@Test
	void aaveV3HealthFactorsMatchEveryRow() throws IOException {
		List<AaveSnapshotRow> rows = rows(V3);
		// SOURCES.md: 502 accounts, 130 in E-mode, ETH about 1,720 USD.
		assertThat(rows).hasSize(502);
		assertThat(rows.stream().filter(AaveSnapshotRow::emode).count()).isEqualTo(130);
		assertThat(rows.get(0).ethPrice()).isCloseTo(1720, within(1.0));
		assertThat(matching(rows)).isEqualTo(502);
	}

	@Test
	void aaveV2HealthFactorsMatchEveryRow() throws IOException {
		List<AaveSnapshotRow> rows = rows(V2);
		// SOURCES.md: 1309 accounts, 880.5k stETH in total; v2 prices in ETH.
		assertThat(rows).hasSize(1309);
		assertThat(rows.stream().mapToDouble(AaveSnapshotRow::lsdAmount).sum()).isCloseTo(880_500, within(100.0));
		assertThat(rows.get(2).lsdPrice()).isCloseTo(0.9997, within(1e-3));
		assertThat(matching(rows)).isEqualTo(1309);
	}

	@Test
	void cascadePositionsKeepTheSnapshotHealthFactor() throws IOException {
		for (AaveSnapshotRow row : rows(V3)) {
			CascadePosition position = row.toCascadePosition();
			// Use the row's own effective LSD price so that the comparison is exact.
			double price = (row.lsdAmount() > 0) ? row.lsdValue() / row.lsdAmount() / row.ethPrice() : 0;
			assertThat(position.healthFactor(price)).isCloseTo(row.reportedHealthFactor(),
					within(1e-6 * row.reportedHealthFactor()));
		}
	}

	@Test
	void emodePositionsAreClassifiedWithTheirOwnCutOffs() throws IOException {
		AaveSnapshotRow row = rows(V3).get(1);
		// healthf 1.10402 in E-mode: SAFE under E-mode cut-offs (>= 1.10), WARNING
		// otherwise.
		assertThat(row.emode()).isTrue();
		assertThat(HealthFactors.health(row.toPosition(OracleMode.MARKET)).alertTier()).isEqualTo(AlertTier.SAFE);
		assertThat(AlertTier.of(row.reportedHealthFactor(), false)).isEqualTo(AlertTier.WARNING);
	}

	@Test
	void malformedLinesNameLineAndColumn() {
		List<String> lines = List.of(
				",user,collateral,debt,available_borrow,threshold,ltv,healthf,amount,ethdebt,collateral_steth_calc",
				"0,0xabc,1,2,0,8000,7000,x,1,0,1");
		assertThatIllegalArgumentException().isThrownBy(() -> AaveSnapshotRow.parse(lines))
			.withMessageContaining("line 2")
			.withMessageContaining("healthf");
		assertThatIllegalArgumentException().isThrownBy(() -> AaveSnapshotRow.parse(List.of("a,b")))
			.withMessageContaining("'user'");
	}

	private static int matching(List<AaveSnapshotRow> rows) {
		int matches = 0;
		for (AaveSnapshotRow row : rows) {
			double computed = HealthFactors.healthFactor(row.toPosition(OracleMode.MARKET));
			double reported = row.reportedHealthFactor();
			if (Math.abs(computed / reported - 1) <= 1e-6) {
				matches++;
			}
		}
		return matches;
	}

}
