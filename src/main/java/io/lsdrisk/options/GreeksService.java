package io.lsdrisk.options;

import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.compute.options.BlackScholesMerton;
import io.lsdrisk.compute.options.JumpValuation;
import io.lsdrisk.compute.options.MertonJumpDiffusion;
import io.lsdrisk.compute.options.OptionValuation;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;

/**
 * Prices batches of European options with every Greek, and sums them into a book. Items
 * are checked here rather than by Bean Validation, which costs several milliseconds on a
 * batch of 10,000; the checks name each field as {@code contracts[i].field}. The batch is
 * all-or-nothing: the first bad item makes the whole request a 400.
 */
@Service
class GreeksService {

	static final String CONTRACTS = "contracts";

	private final OptionsProperties properties;

	GreeksService(OptionsProperties properties) {
		this.properties = properties;
	}

	GreeksResponse price(GreeksRequest request) {
		if (request.model() == null) {
			throw InvalidRequestException.of("model", "is required: one of BSM, MERTON_JUMP");
		}
		List<OptionContract> contracts = checkedBatch(request.contracts(), this.properties.maxContracts());
		boolean jumps = request.model() == OptionModel.MERTON_JUMP;
		List<OptionGreeks> results = new ArrayList<>(contracts.size());
		Sums book = new Sums();
		for (int i = 0; i < contracts.size(); i++) {
			OptionContract contract = ItemChecks.required(CONTRACTS, i, null, contracts.get(i));
			results.add(jumps ? merton(i, contract, book) : bsm(i, contract, book));
		}
		return new GreeksResponse(request.model(), results, book.toGreeks(jumps));
	}

	static <T> List<T> checkedBatch(List<T> items, int limit) {
		if (items == null) {
			throw InvalidRequestException.of(CONTRACTS, "is required: a list of 1 to " + limit + " items");
		}
		if (items.isEmpty() || items.size() > limit) {
			throw InvalidRequestException.of(CONTRACTS,
					"must hold 1 to " + limit + " items (lsdrisk.options.max-contracts), had " + items.size());
		}
		return items;
	}

	private OptionGreeks bsm(int i, OptionContract c, Sums book) {
		Inputs in = Inputs.of(i, c);
		noJumpUnderBsm(i, "jumpIntensity", c.jumpIntensity());
		noJumpUnderBsm(i, "jumpMean", c.jumpMean());
		noJumpUnderBsm(i, "jumpVolatility", c.jumpVolatility());
		OptionValuation v = BlackScholesMerton.value(c.type(), in.spot(), in.strike(), in.expiry(), in.volatility(),
				in.rate(), in.carry());
		book.add(in.quantity(), v.price(), v.delta(), v.gamma(), v.vega(), v.theta(), v.rho(), v.carryRho(), v.vanna(),
				v.volga(), v.charm());
		return new OptionGreeks(v.price(), v.delta(), v.gamma(), v.vega(), v.theta(), v.rho(), v.carryRho(), v.vanna(),
				v.volga(), v.charm(), null, v.vega() / 100.0, v.theta() / OptionGreeks.DAYS_PER_YEAR, null, null);
	}

	private OptionGreeks merton(int i, OptionContract c, Sums book) {
		Inputs in = Inputs.of(i, c);
		double intensity = ItemChecks.within(CONTRACTS, i, "jumpIntensity", c.jumpIntensity(), 0.0, 50.0);
		double mean = ItemChecks.within(CONTRACTS, i, "jumpMean", c.jumpMean(), -5.0, 5.0);
		double jumpVolatility = ItemChecks.within(CONTRACTS, i, "jumpVolatility", c.jumpVolatility(), 0.0, 3.0);
		JumpValuation v = MertonJumpDiffusion.value(c.type(), in.spot(), in.strike(), in.expiry(), in.volatility(),
				in.rate(), in.carry(), intensity, mean, jumpVolatility, this.properties.jumpSeriesTolerance());
		book.add(in.quantity(), v.price(), v.delta(), v.gamma(), v.vega(), v.theta(), v.rho(), v.carryRho(), v.vanna(),
				v.volga(), v.charm());
		book.addJump(in.quantity(), v.jumpIntensitySensitivity(), v.seriesTerms(), v.truncationErrorBound());
		return new OptionGreeks(v.price(), v.delta(), v.gamma(), v.vega(), v.theta(), v.rho(), v.carryRho(), v.vanna(),
				v.volga(), v.charm(), v.jumpIntensitySensitivity(), v.vega() / 100.0,
				v.theta() / OptionGreeks.DAYS_PER_YEAR, v.seriesTerms(), v.truncationErrorBound());
	}

	/**
	 * The checked inputs every model shares, each error naming
	 * {@code contracts[i].field}.
	 */
	private record Inputs(double spot, double strike, double expiry, double volatility, double rate, double carry,
			double quantity) {

		static Inputs of(int i, OptionContract c) {
			ItemChecks.required(CONTRACTS, i, "type", c.type());
			return new Inputs(
					ItemChecks.within(CONTRACTS, i, "spot", c.spot(), ItemChecks.MIN_PRICE, ItemChecks.MAX_AMOUNT),
					ItemChecks.within(CONTRACTS, i, "strike", c.strike(), ItemChecks.MIN_PRICE, ItemChecks.MAX_AMOUNT),
					ItemChecks.within(CONTRACTS, i, "expiryYears", c.expiryYears(), 0.0, 100.0),
					ItemChecks.within(CONTRACTS, i, "volatility", c.volatility(), 0.0, 10.0),
					ItemChecks.within(CONTRACTS, i, "riskFreeRate", c.riskFreeRate(), -1.0, 1.0),
					ItemChecks.withinOrDefault(CONTRACTS, i, "carryYield", c.carryYield(), -1.0, 1.0, 0.0),
					ItemChecks.withinOrDefault(CONTRACTS, i, "quantity", c.quantity(), -ItemChecks.MAX_AMOUNT,
							ItemChecks.MAX_AMOUNT, 1.0));
		}

	}

	private static void noJumpUnderBsm(int i, String field, Double value) {
		if (value != null && value != 0.0) {
			throw InvalidRequestException.of(ItemChecks.path(CONTRACTS, i, field),
					"must be absent or 0 under model BSM (use MERTON_JUMP to price jumps), was " + value);
		}
	}

	/**
	 * Running quantity-weighted sums, kept in fields so that adding allocates nothing.
	 */
	private static final class Sums {

		double price;

		double delta;

		double gamma;

		double vega;

		double theta;

		double rho;

		double carryRho;

		double vanna;

		double volga;

		double charm;

		double jumpIntensitySensitivity;

		double truncationErrorBound;

		int seriesTerms;

		void add(double q, double price, double delta, double gamma, double vega, double theta, double rho,
				double carryRho, double vanna, double volga, double charm) {
			this.price += q * price;
			this.delta += q * delta;
			this.gamma += q * gamma;
			this.vega += q * vega;
			this.theta += q * theta;
			this.rho += q * rho;
			this.carryRho += q * carryRho;
			this.vanna += q * vanna;
			this.volga += q * volga;
			this.charm += q * charm;
		}

		void addJump(double q, double sensitivity, int terms, double errorBound) {
			this.jumpIntensitySensitivity += q * sensitivity;
			this.seriesTerms = Math.max(this.seriesTerms, terms);
			this.truncationErrorBound += Math.abs(q) * errorBound;
		}

		OptionGreeks toGreeks(boolean jumps) {
			double all = this.price + this.delta + this.gamma + this.vega + this.theta + this.rho + this.carryRho
					+ this.vanna + this.volga + this.charm + this.jumpIntensitySensitivity + this.truncationErrorBound;
			// An overflow shows as an infinity, or as NaN where opposite infinities met.
			if (!Double.isFinite(all)) {
				throw InvalidRequestException.of(CONTRACTS,
						"the book's quantity-weighted sums exceed double precision; use smaller quantities");
			}
			return new OptionGreeks(this.price, this.delta, this.gamma, this.vega, this.theta, this.rho, this.carryRho,
					this.vanna, this.volga, this.charm, jumps ? this.jumpIntensitySensitivity : null, this.vega / 100.0,
					this.theta / OptionGreeks.DAYS_PER_YEAR, jumps ? this.seriesTerms : null,
					jumps ? this.truncationErrorBound : null);
		}

	}

}
