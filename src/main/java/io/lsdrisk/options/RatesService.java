package io.lsdrisk.options;

import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.compute.options.ImpliedVolatility;
import io.lsdrisk.compute.options.OptionType;
import io.lsdrisk.compute.options.StakingYieldOption;
import io.lsdrisk.compute.options.StakingYieldValuation;
import io.lsdrisk.web.InvalidRequestException;

import org.springframework.stereotype.Service;

/**
 * Implied volatilities and staking-yield caps and floors for batches; all-or-nothing like
 * every batch: the first bad item makes the request a 400 naming it.
 */
@Service
class RatesService {

	private static final String CONTRACTS = GreeksService.CONTRACTS;

	private final OptionsProperties properties;

	RatesService(OptionsProperties properties) {
		this.properties = properties;
	}

	/**
	 * Implied volatilities of a batch or of one contract (whose errors name its fields
	 * alone).
	 * @param input the contracts
	 * @return one result per contract, in order
	 */
	ImpliedVolatilityResponse impliedVolatility(ImpliedVolatilityInput input) {
		List<ImpliedVolatilityContract> contracts = GreeksService.checkedBatch(input.contracts(),
				this.properties.maxContracts());
		String list = input.single() ? "" : CONTRACTS;
		List<ImpliedVolatilityResponse.ImpliedVolatilityResult> results = new ArrayList<>(contracts.size());
		for (int i = 0; i < contracts.size(); i++) {
			int at = input.single() ? -1 : i;
			ImpliedVolatilityContract c = ItemChecks.required(list, at, null, contracts.get(i));
			OptionType type = ItemChecks.required(list, at, "type", c.type());
			double spot = ItemChecks.within(list, at, "spot", c.spot(), ItemChecks.MIN_PRICE, ItemChecks.MAX_AMOUNT);
			double strike = ItemChecks.within(list, at, "strike", c.strike(), ItemChecks.MIN_PRICE,
					ItemChecks.MAX_AMOUNT);
			double expiry = ItemChecks.positive(list, at, "expiryYears", c.expiryYears(), 100.0);
			double rate = ItemChecks.within(list, at, "riskFreeRate", c.riskFreeRate(), -1.0, 1.0);
			double carry = ItemChecks.withinOrDefault(list, at, "carryYield", c.carryYield(), -1.0, 1.0, 0.0);
			double price = ItemChecks.required(list, at, "price", c.price());
			try {
				results.add(new ImpliedVolatilityResponse.ImpliedVolatilityResult(
						ImpliedVolatility.impliedVolatility(type, price, spot, strike, expiry, rate, carry)));
			}
			catch (IllegalArgumentException ex) {
				// Every other input is checked above: what remains is the price's bounds.
				throw InvalidRequestException.of(ItemChecks.path(list, at, "price"), ex.getMessage());
			}
		}
		return new ImpliedVolatilityResponse(results);
	}

	StakingYieldResponse stakingYield(StakingYieldRequest request) {
		List<StakingYieldContract> contracts = GreeksService.checkedBatch(request.contracts(),
				this.properties.maxContracts());
		List<StakingYieldResponse.StakingYieldResult> results = new ArrayList<>(contracts.size());
		for (int i = 0; i < contracts.size(); i++) {
			StakingYieldContract c = ItemChecks.required(CONTRACTS, i, null, contracts.get(i));
			StakingYieldType type = ItemChecks.required(CONTRACTS, i, "type", c.type());
			double forward = ItemChecks.within(CONTRACTS, i, "forwardApr", c.forwardApr(), -10.0, 10.0);
			double strike = ItemChecks.within(CONTRACTS, i, "strikeApr", c.strikeApr(), -10.0, 10.0);
			double volatility = ItemChecks.within(CONTRACTS, i, "normalVolatility", c.normalVolatility(), 0.0, 10.0);
			double expiry = ItemChecks.within(CONTRACTS, i, "expiryYears", c.expiryYears(), 0.0, 100.0);
			double averaging = ItemChecks.withinOrDefault(CONTRACTS, i, "averagingPeriodYears",
					c.averagingPeriodYears(), 0.0, expiry, 0.0);
			double discount = ItemChecks.within(CONTRACTS, i, "discountRate", c.discountRate(), -1.0, 1.0);
			double notional = (c.notional() != null)
					? ItemChecks.positive(CONTRACTS, i, "notional", c.notional(), ItemChecks.MAX_AMOUNT) : 1.0;
			double accrual = (c.accrualFraction() != null)
					? ItemChecks.positive(CONTRACTS, i, "accrualFraction", c.accrualFraction(), 100.0) : 1.0;
			StakingYieldValuation v = StakingYieldOption.value(
					(type == StakingYieldType.CAP) ? OptionType.CALL : OptionType.PUT, forward, strike, volatility,
					expiry, averaging, discount, notional, accrual);
			results.add(new StakingYieldResponse.StakingYieldResult(v.price(), v.delta(), v.gamma(), v.vega(),
					v.theta(), v.rho(), v.effectiveStandardDeviation(), v.delta() / 10_000.0, v.vega() / 10_000.0));
		}
		return new StakingYieldResponse(results);
	}

}
