package io.lsdrisk.valuation;

import java.time.Instant;
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

@Tag(name = "Valuation")
@RestController
@RequestMapping("/api/v1")
class ValuationController {

	private final ValuationService valuations;

	ValuationController(ValuationService valuations) {
		this.valuations = valuations;
	}

	@Operation(operationId = "getValuation")
	@GetMapping("/lsds/{symbol}/valuation")
	Valuation get(@PathVariable String symbol, @RequestParam(required = false) Instant at) {
		return this.valuations.valuation(symbol, at);
	}

	@Operation(operationId = "listValuations")
	@GetMapping("/valuations")
	List<Valuation> all() {
		return this.valuations.all();
	}

	@Operation(operationId = "computeValuation")
	@PostMapping("/valuation")
	Valuation custom(@Valid @RequestBody CustomValuationRequest request) {
		return this.valuations.custom(request);
	}

}
