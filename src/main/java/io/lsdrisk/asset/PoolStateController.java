package io.lsdrisk.asset;

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

@Tag(name = "Pool states")
@RestController
@RequestMapping("/api/v1/lsds/{symbol}/states")
class PoolStateController {

	private final PoolStateService states;

	private final JsonMapper jsonMapper;

	private final int maxBatchSize;

	PoolStateController(PoolStateService states, JsonMapper jsonMapper, LsdRiskProperties properties) {
		this.states = states;
		this.jsonMapper = jsonMapper;
		this.maxBatchSize = properties.limits().maxBatchSize();
	}

	@Operation(operationId = "listStates")
	@GetMapping
	CursorPage<PoolState> history(@PathVariable String symbol, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor) {
		return this.states.history(symbol, from, to, limit, cursor);
	}

	@Operation(operationId = "ingestStates")
	@PostMapping(consumes = "application/json")
	IngestionResult ingestJson(@PathVariable String symbol, @RequestBody List<PoolStateRequest> states,
			@RequestParam(defaultValue = "false") boolean upsert) {
		return this.states.ingest(symbol, states, upsert);
	}

	@Operation(operationId = "ingestStates")
	@PostMapping(consumes = "text/csv")
	IngestionResult ingestCsv(@PathVariable String symbol, @RequestBody String csv,
			@RequestParam(defaultValue = "false") boolean upsert) {
		return this.states.ingest(symbol, CsvRows.read(csv, PoolStateRequest.class, this.jsonMapper, this.maxBatchSize),
				upsert);
	}

}
