package io.lsdrisk.collateral;

import io.lsdrisk.compute.collateral.CascadeSimulator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Collateral")
@RestController
@RequestMapping("/api/v1/lsds/{symbol}")
class CollateralRiskController {

	private final HaircutService haircuts;

	private final RateCapService rateCaps;

	private final StressService stress;

	CollateralRiskController(HaircutService haircuts, RateCapService rateCaps, StressService stress) {
		this.haircuts = haircuts;
		this.rateCaps = rateCaps;
		this.stress = stress;
	}

	@Operation(operationId = "getHaircut")
	@GetMapping("/haircut")
	HaircutResponse haircut(@PathVariable String symbol, @RequestParam(required = false) String market,
			@RequestParam(required = false) Double horizonHours, @RequestParam(required = false) Double confidence,
			@RequestParam(required = false) Double liquidationSize, @RequestParam(required = false) String debt,
			@RequestParam(required = false) String venue, @RequestParam(required = false) Integer lookbackDays) {
		return this.haircuts.haircut(symbol, market, horizonHours, confidence, liquidationSize, debt, venue,
				lookbackDays);
	}

	@Operation(operationId = "getRateCap")
	@GetMapping("/rate-cap")
	RateCapResponse rateCap(@PathVariable String symbol, @RequestParam(required = false) Double cap) {
		return this.rateCaps.rateCap(symbol, cap);
	}

	@Operation(operationId = "getStress")
	@GetMapping("/stress")
	StressResponse stress(@PathVariable String symbol, @RequestParam(required = false) Double shock,
			@RequestParam(required = false) Double initialSale, @RequestParam(required = false) String scenario,
			@RequestParam(required = false) String snapshot, @RequestParam(required = false) OracleMode oracleMode,
			@RequestParam(required = false) CascadeSimulator.Timing timing,
			@RequestParam(required = false) String venue) {
		return this.stress.stressSnapshot(symbol, shock, initialSale, scenario, snapshot, oracleMode, timing, venue);
	}

}
