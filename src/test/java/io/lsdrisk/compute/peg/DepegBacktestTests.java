package io.lsdrisk.compute.peg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.lsdrisk.compute.Provenance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The walk-forward backtest: no look-ahead, the baselines and scores on a small real
 * slice computed by hand, the provenance scope, and the served-like model on the real
 * stETH history.
 */
class DepegBacktestTests {

	private static final DailyPegSeries SERIES = StethHistory.daily();

	/**
	 * The last Chainlink stETH/ETH answer of each UTC day, 2022-06-01 to 2022-06-14 (read
	 * off db/sample/steth_eth_chainlink_feed_rounds_2022-01_2024-01.csv by hand).
	 */
	private static final double[] JUNE_2022 = { 0.98162456, 0.98019203, 0.97885000, 0.97878863, 0.97945527, 0.97849160,
			0.97930350, 0.97407615, 0.97327561, 0.95338616, 0.96028178, 0.96071836, 0.96227204, 0.94199181 };

	/** Horizon 3, stride 2, 6-day same-regime window, forecasts from index 4. */
	private static final BacktestSettings SMALL = new BacktestSettings(List.of(0.979, 0.96), 3, 2, 6, 4,
			BacktestScope.REAL, 10, 1e-4, 1_000, 7L);

	private static final DepegForecaster CONSTANT = (past, date, thresholds,
			horizon) -> new DepegForecaster.Forecast(filled(thresholds.length, 0.3), Double.NaN);

	private static double[] filled(int n, double value) {
		double[] values = new double[n];
		Arrays.fill(values, value);
		return values;
	}

	@Test
	void baselinesAndScoresOnARealSliceMatchTheHandCalculation() {
		DailyPegSeries june = DailyPegSeries.of(LocalDate.of(2022, 6, 1), JUNE_2022);
		BacktestResult result = DepegBacktest.run(june, null, null, SMALL, CONSTANT);
		// dates: indices 4, 6, 8, 10 (the last whose 3 days the 14 days cover is 11)
		assertThat(result.forecastDates()).isEqualTo(4);
		assertThat(result.firstForecastDate()).isEqualTo(LocalDate.of(2022, 6, 5));
		assertThat(result.lastForecastDate()).isEqualTo(LocalDate.of(2022, 6, 11));
		assertThat(result.excluded()).isEmpty();

		// 0.979: every start (0.97879, 0.97849, 0.97408, 0.95339) is below and every
		// outcome window reaches it: persistence is perfect, the model's 0.3 costs 0.49
		ThresholdBacktest high = result.thresholds().get(0);
		assertThat(high.events()).isEqualTo(4);
		assertThat(high.brierPersistence()).isZero();
		assertThat(high.brierModel()).isCloseTo(0.49, within(1e-12));
		assertThat(high.brierSkillVsPersistence()).isNull();
		assertThat(high.startsBelow().forecasts()).isEqualTo(4);
		assertThat(high.startsAbove().forecasts()).isZero();
		assertThat(high.startsAbove().brierModel()).isNull();

		// 0.96: outcomes F, F, T (day 9 at 0.95339), F (days 10-12 stay above);
		// persistence 0, 0, 0, 1 (day 9 starts the last one below)
		ThresholdBacktest low = result.thresholds().get(1);
		assertThat(low.forecasts()).extracting(BacktestForecast::happened).containsExactly(false, false, true, false);
		assertThat(low.forecasts()).extracting(BacktestForecast::persistence).containsExactly(0.0, 0.0, 0.0, 1.0);
		assertThat(low.brierPersistence()).isCloseTo(0.5, within(1e-12));
		assertThat(low.brierModel()).isCloseTo((0.09 + 0.09 + 0.49 + 0.09) / 4, within(1e-12));
		assertThat(low.brierSkillVsPersistence()).isCloseTo(1 - 0.19 / 0.5, within(1e-12));
		// all-history frequency: of the 3-day windows before the date, only the one
		// starting at index 7 (0.97408, 0.97328, 0.95339) reaches 0.96: 0, 0, 0, 1/8
		assertThat(low.forecasts()).extracting(BacktestForecast::naiveAllHistory)
			.containsExactly(0.0, 0.0, 0.0, 1.0 / 8);
		// same-regime frequency: windows inside the last 6 days: 0, 0, 0, 1/4
		assertThat(low.forecasts()).extracting(BacktestForecast::naiveSameRegime)
			.containsExactly(0.0, 0.0, 0.0, 1.0 / 4);
		assertThat(low.brierNaiveAllHistory()).isCloseTo((1 + 1.0 / 64) / 4, within(1e-12));
		assertThat(low.brierNaiveSameRegime()).isCloseTo((1 + 1.0 / 16) / 4, within(1e-12));
		// log scores: -(3 ln 0.7 + ln 0.3) / 4; persistence's two certain misses cost
		// ln(1e4) each, its two hits -ln(1 - 1e-4)
		assertThat(low.logScoreModel()).isCloseTo(-(3 * Math.log(0.7) + Math.log(0.3)) / 4, within(1e-12));
		assertThat(low.logScorePersistence()).isCloseTo((2 * Math.log(1e4) - 2 * Math.log(1 - 1e-4)) / 4,
				within(1e-12));
		// the easy forecasts: only the last starts below 0.96
		assertThat(low.startsBelow()).isEqualTo(new ThresholdBacktest.Subset(1, 0, 0.09, 1.0));
		assertThat(low.startsAbove().forecasts()).isEqualTo(3);
		assertThat(low.startsAbove().events()).isEqualTo(1);
		assertThat(low.startsAbove().brierModel()).isCloseTo((0.09 + 0.09 + 0.49) / 3, within(1e-12));
		assertThat(low.startsAbove().brierPersistence()).isCloseTo(1.0 / 3, within(1e-12));
		// Diebold-Mariano: d = (0.09, 0.09, -0.51, -0.91), mean -0.31; lag ceil(3/2) - 1
		// = 1;
		// g0 = 0.18, g1 = 0.05, S = g0 + 2 (1/2) g1 = 0.23; DM = -0.31 / sqrt(0.23 / 4)
		ForecastScores.DieboldMariano dm = low.dieboldMarianoVsPersistence();
		assertThat(dm.lag()).isEqualTo(1);
		assertThat(dm.meanLossDifference()).isCloseTo(-0.31, within(1e-12));
		assertThat(dm.statistic()).isCloseTo(-0.31 / Math.sqrt(0.23 / 4), within(1e-12));
		assertThat(dm.pValue()).isCloseTo(0.196084, within(1e-5));
		assertThat(low.bootstrapBlockLength()).isEqualTo(2);
		assertThat(low.brierModelInterval().lower()).isBetween(0.09, 0.19);
		assertThat(low.brierModelInterval().upper()).isBetween(0.19, 0.49);
	}

	@Test
	void theRealScopeScoresOnlyWhollyRealOutcomeWindows() {
		DailyPegSeries june = DailyPegSeries.of(LocalDate.of(2022, 6, 1), JUNE_2022);
		Provenance[] provenance = new Provenance[JUNE_2022.length];
		Arrays.fill(provenance, Provenance.REAL);
		provenance[12] = Provenance.SYNTHETIC;
		provenance[13] = Provenance.SYNTHETIC;
		// the date at index 10 has outcome days 10..12: excluded; 4, 6, 8 stay
		BacktestResult real = DepegBacktest.run(june, provenance, null, SMALL, CONSTANT);
		assertThat(real.forecastDates()).isEqualTo(3);
		assertThat(real.excluded())
			.containsExactly(new BacktestResult.Exclusion(BacktestResult.ExclusionReason.OUTCOME_NOT_REAL, 1,
					LocalDate.of(2022, 6, 11), LocalDate.of(2022, 6, 11)));
		BacktestResult all = DepegBacktest.run(june, provenance, null, SMALL.withScope(BacktestScope.ALL), CONSTANT);
		assertThat(all.forecastDates()).isEqualTo(4);
		assertThat(all.thresholds().get(1).forecasts()).extracting(BacktestForecast::outcomeReal)
			.containsExactly(true, true, true, false);
	}

	@Test
	void aForecasterIsHandedOnlyThePast() {
		List<LocalDate[]> calls = new ArrayList<>();
		DepegForecaster spy = (past, date, thresholds, horizon) -> {
			calls.add(new LocalDate[] { past.lastDay(), date });
			return CONSTANT.forecast(past, date, thresholds, horizon);
		};
		DepegBacktest.run(SERIES, null, StethHistory.WITHDRAWALS_OPEN, BacktestSettings.DEFAULT, spy);
		assertThat(calls).isNotEmpty();
		assertThat(calls).allSatisfy((call) -> assertThat(call[0]).isEqualTo(call[1].minusDays(1)));
	}

	@Test
	void theForecastOfADateIsTheSameWhetherOrNotLaterDataExist() {
		LocalDate date = LocalDate.of(2022, 6, 1);
		CalibratedForecaster model = servedLike(4_000);
		BacktestSettings settings = BacktestSettings.DEFAULT;
		List<BacktestForecast> original = DepegBacktest.forecast(SERIES, StethHistory.WITHDRAWALS_OPEN, date, settings,
				model, true);
		// crash the peg from the forecast date on: what the forecast knew must not change
		double[] pegs = SERIES.pegs();
		for (int i = SERIES.indexOf(date); i < pegs.length; i++) {
			pegs[i] = 0.5;
		}
		DailyPegSeries altered = DailyPegSeries.of(SERIES.firstDay(), pegs);
		List<BacktestForecast> after = DepegBacktest.forecast(altered, StethHistory.WITHDRAWALS_OPEN, date, settings,
				model, true);
		// and without any data from the date on, the forecaster gives the same numbers
		DepegForecaster.Forecast cut = model.forecast(SERIES.between(SERIES.firstDay(), date), date,
				new double[] { 0.99, 0.98 }, 30);
		assertThat(after).hasSize(2);
		for (int k = 0; k < 2; k++) {
			assertThat(after.get(k).modelProbability()).isEqualTo(original.get(k).modelProbability());
			assertThat(cut.probabilities()[k]).isEqualTo(original.get(k).modelProbability());
			assertThat(after.get(k).naiveAllHistory()).isEqualTo(original.get(k).naiveAllHistory());
			assertThat(after.get(k).naiveSameRegime()).isEqualTo(original.get(k).naiveSameRegime());
			assertThat(after.get(k).persistence()).isEqualTo(original.get(k).persistence());
			assertThat(after.get(k).happened()).isTrue();
		}
		// while altering the day before does change it (the 0.98 forecast starts from
		// 0.9803)
		pegs = SERIES.pegs();
		pegs[SERIES.indexOf(date) - 1] = 0.999;
		List<BacktestForecast> changed = DepegBacktest.forecast(DailyPegSeries.of(SERIES.firstDay(), pegs),
				StethHistory.WITHDRAWALS_OPEN, date, settings, model, true);
		assertThat(changed.get(1).modelProbability()).isLessThan(original.get(1).modelProbability());
	}

	@Test
	void theRealStethHistoryIsForecastOnEveryDateItsRegimesAllow() {
		BacktestResult result = DepegBacktest.run(SERIES, null, StethHistory.WITHDRAWALS_OPEN, BacktestSettings.DEFAULT,
				CONSTANT);
		// closed regime: from index 60 (2022-03-30) every 7 days while the date is before
		// 2023-05-15 (index 471): 60 + 7k < 471, k = 0..58: 59 dates; open regime: from
		// 60 days after 2023-05-15 (2023-07-14, index 531 = 60 + 7 * 67 + 2, so the first
		// on the grid is index 536, 2023-07-19) to the last whose 30 days the history
		// (to 2024-01-28, index 729) covers: index <= 700, so 697; (697 - 536) / 7 + 1 =
		// 24
		// dates
		assertThat(SERIES.firstDay()).isEqualTo(LocalDate.of(2022, 1, 29));
		assertThat(SERIES.lastDay()).isEqualTo(LocalDate.of(2024, 1, 28));
		assertThat(result.firstForecastDate()).isEqualTo(LocalDate.of(2022, 3, 30));
		assertThat(result.forecastDates()).isEqualTo(59 + 24);
		for (ThresholdBacktest scores : result.thresholds()) {
			for (BacktestForecast forecast : scores.forecasts()) {
				assertThat(forecast.regime()).isEqualTo(forecast.date().isBefore(StethHistory.WITHDRAWALS_OPEN)
						? RedemptionRegime.CLOSED : RedemptionRegime.OPEN);
			}
		}
	}

	@Test
	void rejectsInconsistentSettings() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new BacktestSettings(List.of(0.99), 30, 7, 365, 30, BacktestScope.REAL, 10, 1e-4, 1000, 1));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new BacktestSettings(List.of(1.5), 30, 7, 365, 60, BacktestScope.REAL, 10, 1e-4, 1000, 1));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new BacktestSettings(List.of(0.99), 30, 7, 365, 60, BacktestScope.REAL, 10, 0.5, 1000, 1));
	}

	/**
	 * The served model's choices: protocol event risk, and while redemption is open a
	 * reflecting floor with a switch to stressed dynamics (stETH's closed-regime fit)
	 * after a down-jump.
	 */
	static CalibratedForecaster servedLike(int paths) {
		double floor = RedemptionBound.pegFloor(0.04, 0, 5.0 / 365, 0.0005);
		PegModel stressed = PegModel.withoutJumps(9.73, -0.0091, 0.0335);
		return new CalibratedForecaster(StethHistory.WITHDRAWALS_OPEN, 365, 60, CalibrationSettings.DEFAULT, paths,
				20_220_512L,
				(calibration, regime, past) -> new CalibratedForecaster.Simulated(calibration.model(),
						DepegSimulationSettings.DEFAULT.withEventJumps(ProtocolEventRisk.DEFAULT.components())
							.withRegimeSwitching((regime == RedemptionRegime.OPEN)
									? RegimeSwitching.open(floor, stressed, 30) : RegimeSwitching.CLOSED)),
				new CalibrationWindowChoice(List.of(60, 90, 120, 180, 270, 365), 30, 60));
	}

}
