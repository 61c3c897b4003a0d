package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The walk-forward backtest on the stored stETH history.
 */
class DepegBacktestTests {

	private static final DailyPegSeries SERIES = StethHistory.daily();

	private static final BacktestSettings SETTINGS = new BacktestSettings(List.of(0.99, 0.98), 30, 7, 365, 60, 4_000,
			20_220_512L, CalibrationSettings.DEFAULT, 10);

	@Test
	void forecastOfADateIgnoresEverythingFromThatDateOn() {
		LocalDate date = LocalDate.of(2022, 6, 1);
		List<BacktestForecast> original = DepegBacktest.forecast(SERIES, StethHistory.WITHDRAWALS_OPEN, date, SETTINGS);
		// crash the peg from the forecast date on: what the forecast knew must not change
		double[] pegs = SERIES.pegs();
		for (int i = SERIES.indexOf(date); i < pegs.length; i++) {
			pegs[i] = 0.5;
		}
		DailyPegSeries altered = DailyPegSeries.of(SERIES.firstDay(), pegs);
		List<BacktestForecast> after = DepegBacktest.forecast(altered, StethHistory.WITHDRAWALS_OPEN, date, SETTINGS);
		assertThat(after).hasSize(2);
		for (int k = 0; k < 2; k++) {
			assertThat(after.get(k).modelProbability()).isEqualTo(original.get(k).modelProbability());
			assertThat(after.get(k).naiveAllHistory()).isEqualTo(original.get(k).naiveAllHistory());
			assertThat(after.get(k).naiveSameRegime()).isEqualTo(original.get(k).naiveSameRegime());
			assertThat(after.get(k).initialPeg()).isEqualTo(original.get(k).initialPeg());
			assertThat(after.get(k).halfLifeDays()).isEqualTo(original.get(k).halfLifeDays());
			assertThat(after.get(k).happened()).isTrue();
		}
		// while altering the day before does change it (the 0.98 forecast starts from
		// 0.9803)
		pegs = SERIES.pegs();
		pegs[SERIES.indexOf(date) - 1] = 0.999;
		List<BacktestForecast> changed = DepegBacktest.forecast(DailyPegSeries.of(SERIES.firstDay(), pegs),
				StethHistory.WITHDRAWALS_OPEN, date, SETTINGS);
		assertThat(changed.get(1).modelProbability()).isLessThan(original.get(1).modelProbability());
	}

	@Test
	void scoresTheStethHistory() {
		BacktestResult result = DepegBacktest.run(SERIES, StethHistory.WITHDRAWALS_OPEN, SETTINGS);
		assertThat(result.forecastDates()).isBetween(70, 100);
		assertThat(result.firstForecastDate()).isEqualTo(SERIES.firstDay().plusDays(60));
		assertThat(result.thresholds()).hasSize(2);
		for (ThresholdBacktest scores : result.thresholds()) {
			assertThat(scores.forecasts()).hasSize(result.forecastDates());
			assertThat(scores.brierModel()).isBetween(0.0, 1.0);
			assertThat(scores.brierNaiveAllHistory()).isBetween(0.0, 1.0);
			assertThat(scores.brierNaiveSameRegime()).isBetween(0.0, 1.0);
			assertThat(scores.modelCalibration().stream().mapToInt(CalibrationBin::count).sum())
				.isEqualTo(result.forecastDates());
			assertThat(scores.events()).isPositive();
			// the finding on this history: the regime-aware model beats the historical
			// frequency, which keeps predicting 2022's depegs after withdrawals opened
			assertThat(scores.brierModel()).isLessThan(scores.brierNaiveAllHistory());
			for (BacktestForecast forecast : scores.forecasts()) {
				assertThat(forecast.regime())
					.isEqualTo(RedemptionRegime.on(forecast.date(), StethHistory.WITHDRAWALS_OPEN));
				if (forecast.regime() == RedemptionRegime.OPEN) {
					// the calm after withdrawals opened: no event, and the model says so
					assertThat(forecast.happened()).isFalse();
					assertThat(forecast.modelProbability()).isLessThan(0.01);
				}
				if (forecast.initialPeg() <= forecast.threshold()) {
					assertThat(forecast.modelProbability()).isEqualTo(1);
				}
			}
		}
	}

	@Test
	void rejectsInconsistentSettings() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new BacktestSettings(List.of(0.99), 30, 7, 365, 20, 1_000, 1, CalibrationSettings.DEFAULT, 10))
			.withMessageContaining("minObservations");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new BacktestSettings(List.of(1.2), 30, 7, 365, 60, 1_000, 1, CalibrationSettings.DEFAULT, 10))
			.withMessageContaining("thresholds");
	}

}
