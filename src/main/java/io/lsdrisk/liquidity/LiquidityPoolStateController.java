package io.lsdrisk.liquidity;

import java.time.Instant;
import java.util.List;

import io.lsdrisk.LsdRiskProperties;
import io.lsdrisk.ingest.CsvRows;
import io.lsdrisk.ingest.CursorPage;
import io.lsdrisk.ingest.IngestionResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Liquidity pool states")
@RestController
@RequestMapping("/api/v1/lsds/{symbol}/pools/{venue}/states")
class LiquidityPoolStateController {

	private final LiquidityPoolStateService states;

	private final JsonMapper jsonMapper;

	private final int maxBatchSize;

	LiquidityPoolStateController(LiquidityPoolStateService states, JsonMapper jsonMapper,
			LsdRiskProperties properties) {
		this.states = states;
		this.jsonMapper = jsonMapper;
		this.maxBatchSize = properties.limits().maxBatchSize();
	}

	@Operation(operationId = "listLiquidityPoolStates")
	@GetMapping
	CursorPage<LiquidityPoolState> history(@PathVariable String symbol, @PathVariable String venue,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		return this.states.history(symbol, venue, from, to, limit, cursor);
	}

	@Operation(operationId = "ingestLiquidityPoolStates")
	@PostMapping(consumes = "application/json")
	IngestionResult ingestJson(@PathVariable String symbol, @PathVariable String venue,
			@RequestBody List<LiquidityPoolStateRequest> states, @RequestParam(defaultValue = "false") boolean upsert) {
		return this.states.ingest(symbol, venue, states, upsert);
	}

	@Operation(operationId = "ingestLiquidityPoolStates")
	@PostMapping(consumes = "text/csv")
	IngestionResult ingestCsv(@PathVariable String symbol, @PathVariable String venue, @RequestBody String csv,
			@RequestParam(defaultValue = "false") boolean upsert) {
		return this.states.ingest(symbol, venue,
				CsvRows.read(csv, LiquidityPoolStateRequest.class, this.jsonMapper, this.maxBatchSize), upsert);
	}

}
