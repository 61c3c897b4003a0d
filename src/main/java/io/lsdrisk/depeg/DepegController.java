package io.lsdrisk.depeg;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Depeg risk")
@RestController
@RequestMapping("/api/v1")
class DepegController {

	private final DepegProbabilityService probabilities;

	private final DepegService depeg;

	private final DepegBacktestService backtests;

	DepegController(DepegProbabilityService probabilities, DepegService depeg, DepegBacktestService backtests) {
		this.probabilities = probabilities;
		this.depeg = depeg;
		this.backtests = backtests;
	}

	@Operation(operationId = "computeDepegProbability")
	@PostMapping(path = "/depeg/probability", consumes = "application/json")
	DepegProbabilityResponse probability(@Valid @RequestBody DepegProbabilityRequest request) {
		return this.probabilities.probability(request);
	}

	@Operation(operationId = "getDepeg")
	@GetMapping("/lsds/{symbol}/depeg")
	AssetDepegResponse depeg(@PathVariable String symbol, @RequestParam(required = false) List<Double> thresholds,
			@RequestParam(required = false) List<Double> horizonsDays) {
		return this.depeg.depeg(symbol, thresholds, horizonsDays);
	}

	@Operation(operationId = "getDepegBacktest")
	@GetMapping("/lsds/{symbol}/depeg/backtest")
	DepegBacktestResponse backtest(@PathVariable String symbol, @RequestParam(required = false) String provenance,
			@RequestParam(required = false) List<Double> thresholds) {
		return this.backtests.backtest(symbol, provenance, thresholds);
	}

}
