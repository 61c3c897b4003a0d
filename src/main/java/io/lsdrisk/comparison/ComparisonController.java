package io.lsdrisk.comparison;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Risk comparison")
@RestController
@RequestMapping("/api/v1/risk/comparison")
class ComparisonController {

	private final ComparisonService comparison;

	ComparisonController(ComparisonService comparison) {
		this.comparison = comparison;
	}

	// No `produces` here: this mapping answers every Accept but text/csv.
	@Operation(operationId = "getRiskComparison")
	@GetMapping
	ComparisonTable table(@RequestParam(required = false) List<String> symbols) {
		return this.comparison.table(symbols);
	}

	@Operation(operationId = "getRiskComparison")
	@GetMapping(produces = "text/csv")
	String csv(@RequestParam(required = false) List<String> symbols) {
		return ComparisonCsv.write(this.comparison.table(symbols));
	}

	@Operation(operationId = "getRiskComparisonDetail")
	@GetMapping("/{symbol}")
	ComparisonDetail detail(@PathVariable String symbol) {
		return this.comparison.detail(symbol);
	}

}
