package io.lsdrisk.collateral;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Lending markets")
@RestController
@RequestMapping("/api/v1/lending-markets")
class LendingMarketController {

	private final LendingMarketService markets;

	LendingMarketController(LendingMarketService markets) {
		this.markets = markets;
	}

	@Operation(operationId = "listLendingMarkets")
	@GetMapping
	List<LendingMarket> list(@RequestParam(required = false) String market,
			@RequestParam(required = false) String symbol) {
		return this.markets.list(market, symbol);
	}

	@Operation(operationId = "putLendingMarket")
	@PutMapping("/{market}/{symbol}")
	ResponseEntity<LendingMarket> put(@PathVariable String market, @PathVariable String symbol,
			@Valid @RequestBody LendingMarketParameters parameters) {
		boolean created = this.markets.put(new LendingMarketRequest(market, symbol, parameters.ltv(),
				parameters.liquidationThreshold(), parameters.liquidationBonus(), parameters.emode(),
				parameters.oracleMode(), parameters.supplyCap()));
		LendingMarket stored = this.markets.find(market, symbol);
		if (created) {
			return ResponseEntity
				.created(URI.create("/api/v1/lending-markets/" + stored.market() + "/" + stored.symbol()))
				.body(stored);
		}
		return ResponseEntity.ok(stored);
	}

}
