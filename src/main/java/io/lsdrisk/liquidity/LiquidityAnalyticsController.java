package io.lsdrisk.liquidity;

import java.time.Instant;

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

@Tag(name = "Liquidity")
@RestController
@RequestMapping("/api/v1")
class LiquidityAnalyticsController {

	private final LiquidityAnalyticsService analytics;

	LiquidityAnalyticsController(LiquidityAnalyticsService analytics) {
		this.analytics = analytics;
	}

	@Operation(operationId = "quoteStableSwap")
	@PostMapping(path = "/liquidity/stableswap/quote", consumes = "application/json")
	StableSwapQuoteResponse quote(@Valid @RequestBody StableSwapQuoteRequest request) {
		return this.analytics.quote(request);
	}

	@Operation(operationId = "getLiquidity")
	@GetMapping("/lsds/{symbol}/liquidity")
	AssetLiquidityResponse liquidity(@PathVariable String symbol, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		return this.analytics.liquidity(symbol, from, to);
	}

}
