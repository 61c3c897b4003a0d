package io.lsdrisk.options;

import io.lsdrisk.compute.options.OptionType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Options")
@RestController
@RequestMapping("/api/v1")
class OptionsController {

	private final GreeksService greeks;

	private final RatesService rates;

	private final LsdOptionService lsdOptions;

	private final StrategyService strategies;

	OptionsController(GreeksService greeks, RatesService rates, LsdOptionService lsdOptions,
			StrategyService strategies) {
		this.greeks = greeks;
		this.rates = rates;
		this.lsdOptions = lsdOptions;
		this.strategies = strategies;
	}

	@Operation(operationId = "priceOptions")
	@PostMapping(path = "/options/greeks", consumes = "application/json")
	GreeksResponse greeks(@RequestBody GreeksRequest request) {
		return this.greeks.price(request);
	}

	@Operation(operationId = "computeImpliedVolatility")
	@PostMapping(path = "/options/implied-volatility", consumes = "application/json")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = "application/json",
					schema = @Schema(oneOf = { ImpliedVolatilityRequest.class, ImpliedVolatilityContract.class })))
	ImpliedVolatilityResponse impliedVolatility(@RequestBody ImpliedVolatilityInput input) {
		return this.rates.impliedVolatility(input);
	}

	@Operation(operationId = "priceStakingYieldOptions")
	@PostMapping(path = "/options/staking-yield", consumes = "application/json")
	StakingYieldResponse stakingYield(@RequestBody StakingYieldRequest request) {
		return this.rates.stakingYield(request);
	}

	@Operation(operationId = "valueStrategy")
	@PostMapping(path = "/options/strategies", consumes = "application/json")
	StrategyResponse strategies(@Valid @RequestBody StrategyRequest request) {
		return this.strategies.value(request);
	}

	@Operation(operationId = "priceLsdOption")
	@GetMapping("/lsds/{symbol}/options")
	LsdOptionResponse lsdOption(@PathVariable String symbol, @RequestParam(required = false) OptionType type,
			@RequestParam(required = false) Double strike, @RequestParam(required = false) Double expiryDays,
			@RequestParam(required = false) Double volatility, @RequestParam(required = false) Double riskFreeRate,
			@RequestParam(required = false) Double carryYield, @RequestParam(required = false) OptionModel model) {
		return this.lsdOptions.price(symbol,
				new LsdOptionQuery(type, strike, expiryDays, volatility, riskFreeRate, carryYield, model));
	}

}
