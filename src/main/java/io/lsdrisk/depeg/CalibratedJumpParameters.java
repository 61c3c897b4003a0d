package io.lsdrisk.depeg;

import java.util.List;
import java.util.Locale;

import io.lsdrisk.asset.Asset;
import io.lsdrisk.options.JumpParameters;
import io.lsdrisk.options.JumpParametersSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Depeg jumps for options on a stored LSD from the calibrated peg model: the jumps
 * detected in the asset's current regime plus the protocol's event risk (exploit, mass
 * slashing), merged into the one normal log-jump of Merton's model by matching the
 * compound process's jump intensity and the first two moments of its jump size:
 * {@code lambda = sum lambda_i}, {@code mean = sum lambda_i mu_i / lambda},
 * {@code variance = sum lambda_i (delta_i^2 + mu_i^2) / lambda - mean^2}. A jump of
 * ln(peg) is a jump of ln(price in ETH), the exchange rate being continuous. Where the
 * history is too short to calibrate, the configured parameters
 * ({@code lsdrisk.options.jumps}) apply.
 */
@Component
@Primary
class CalibratedJumpParameters implements JumpParametersSource {

	private final DepegService depeg;

	private final JumpParametersSource configured;

	CalibratedJumpParameters(DepegService depeg,
			@Qualifier("configuredJumpParameters") JumpParametersSource configured) {
		this.depeg = depeg;
		this.configured = configured;
	}

	@Override
	public JumpParameters forAsset(Asset asset) {
		AssetDepegResponse view = this.depeg.termStructure(asset);
		if (view.calibration() == null) {
			JumpParameters fallback = this.configured.forAsset(asset);
			return new JumpParameters(fallback.jumpIntensity(), fallback.jumpMean(), fallback.jumpVolatility(),
					fallback.source() + " (no calibrated depeg model: " + view.reason() + ")");
		}
		AssetDepegResponse.DepegCalibratedModel model = view.calibration();
		List<double[]> components = List.of(
				new double[] { model.jumpIntensity(), model.jumpMean(), model.jumpVolatility() },
				component(view.eventRisk().smartContractExploit()), component(view.eventRisk().massSlashing()));
		return merged(components,
				String.format(Locale.ROOT,
						"depeg model of %s (GET /api/v1/lsds/%s/depeg): jumps detected %s to %s plus %s event risk,"
								+ " moment-matched into one normal log-jump",
						asset.symbol(), asset.symbol(), view.window().firstDay(), view.window().lastDay(),
						view.eventRisk().configuredFor()));
	}

	/**
	 * @param components rows of (intensity per year, mean log-jump, log-jump volatility)
	 */
	static JumpParameters merged(List<double[]> components, String source) {
		double intensity = 0;
		double first = 0;
		double second = 0;
		for (double[] c : components) {
			intensity += c[0];
			first += c[0] * c[1];
			second += c[0] * (c[2] * c[2] + c[1] * c[1]);
		}
		if (intensity <= 0) {
			return new JumpParameters(0, 0, 0, source);
		}
		double mean = first / intensity;
		double variance = Math.max(0, second / intensity - mean * mean);
		return new JumpParameters(intensity, mean, Math.sqrt(variance), source);
	}

	private static double[] component(AssetDepegResponse.DepegJumpComponent component) {
		return (component != null)
				? new double[] { component.intensityPerYear(), component.meanLogJump(), component.volatilityLogJump() }
				: new double[] { 0, 0, 0 };
	}

}
