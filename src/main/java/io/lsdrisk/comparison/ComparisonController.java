package io.lsdrisk.comparison;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	/**
	 * The table as JSON or CSV, by the client's preference: the Accept header's quality
	 * values, then the more specific range, then the order of the list; JSON when both
	 * are equally welcome ({@code *}{@code /*} or no Accept header).
	 */
	@Operation(operationId = "getRiskComparison")
	@ApiResponse(responseCode = "200", description = "OK",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ComparisonTable.class)),
					@Content(mediaType = ComparisonCsv.MEDIA_TYPE_VALUE, schema = @Schema(type = "string")) })
	@GetMapping(produces = { MediaType.APPLICATION_JSON_VALUE, ComparisonCsv.MEDIA_TYPE_VALUE })
	ResponseEntity<?> table(@RequestParam(required = false) List<String> symbols, HttpServletRequest request) {
		ComparisonTable table = this.comparison.table(symbols);
		if (ComparisonCsv.isPreferred(request.getHeader(HttpHeaders.ACCEPT))) {
			return ResponseEntity.ok().contentType(ComparisonCsv.MEDIA_TYPE).body(ComparisonCsv.write(table));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table);
	}

	@Operation(operationId = "getRiskComparisonDetail")
	@GetMapping("/{symbol}")
	ComparisonDetail detail(@PathVariable String symbol) {
		return this.comparison.detail(symbol);
	}

}
