package io.lsdrisk.generated;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.lsdrisk.client.ApiClient;
import io.lsdrisk.client.ApiException;
import io.lsdrisk.client.api.AssetsApi;
import io.lsdrisk.client.api.LiquidityApi;
import io.lsdrisk.client.api.OptionsApi;
import io.lsdrisk.client.api.PoolStatesApi;
import io.lsdrisk.client.api.RiskComparisonApi;
import io.lsdrisk.client.api.ValuationApi;
import io.lsdrisk.client.model.AssetRequest;
import io.lsdrisk.client.model.AssetResponse;
import io.lsdrisk.client.model.ComputeImpliedVolatilityRequest;
import io.lsdrisk.client.model.CursorPagePoolState;
import io.lsdrisk.client.model.GreeksRequest;
import io.lsdrisk.client.model.GreeksResponse;
import io.lsdrisk.client.model.ImpliedVolatilityContract;
import io.lsdrisk.client.model.OptionContract;
import io.lsdrisk.client.model.PoolState;
import io.lsdrisk.client.model.PoolStateRequest;
import io.lsdrisk.client.model.StableSwapQuoteRequest;
import io.lsdrisk.client.model.StrategyMarketInput;
import io.lsdrisk.client.model.StrategyRequest;
import io.lsdrisk.client.model.Valuation;
import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import jakarta.annotation.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The Java client openapi-generator builds from openapi.yaml ({@code -Pjava-client}, java
 * generator, native library) against the running service: a dozen operations, writes
 * with the API key, a 404 and a 401, and fields the service answers null typed nullable.
 */
@IntegrationTest
class GeneratedJavaClientIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void callsTheServiceThroughTheGeneratedClient() throws Exception {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + this.port);
		Map<String, String> key = Map.of("X-API-Key", Api.KEY);
		String symbol = Api.uniqueSymbol("gen");

		AssetsApi assets = new AssetsApi(client);
		AssetResponse registered = assets.registerLsd(new AssetRequest().symbol(symbol)
			.name("Generated " + symbol)
			.protocol("Generated")
			.tokenModel(AssetRequest.TokenModelEnum.NON_REBASING)
			.underlying("ETH"), key);
		assertThat(registered.getSymbol()).isEqualTo(symbol);
		assertThat(registered.getLatestState()).isNull();

		PoolStatesApi states = new PoolStatesApi(client);
		List<PoolStateRequest> rows = List.of(
				new PoolStateRequest().observedAt(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
					.exchangeRate(new BigDecimal("1.1"))
					.marketPriceEth(new BigDecimal("1.099")),
				new PoolStateRequest().observedAt(OffsetDateTime.parse("2024-01-31T00:00:00Z"))
					.exchangeRate(new BigDecimal("1.103")));
		assertThat(states.ingestStates(symbol, rows, null, key).getInserted()).isEqualTo(2);
		CursorPagePoolState page = states.listStates(symbol, null, null, 1, null);
		assertThat(page.getItems()).hasSize(1);
		assertThat(page.getNextCursor()).isNotNull();

		PoolState latest = assets.getLsd(symbol).getLatestState();
		assertThat(latest.getExchangeRate()).isEqualByComparingTo("1.103");
		// Answered null, and typed so.
		assertThat(latest.getBlockNumber()).isNull();
		assertThat(latest.getMarketPriceEth()).isNull();
		assertThat(PoolState.class.getDeclaredField("blockNumber").isAnnotationPresent(Nullable.class)).isTrue();
		assertThat(assets.listLsds().stream().map(AssetResponse::getSymbol)).contains(symbol);

		Valuation valuation = new ValuationApi(client).getValuation(symbol, null);
		assertThat(valuation.getFairValueEth()).isCloseTo(1.103, within(1e-12));
		assertThat(valuation.getMarketPriceEth()).isNull();
		assertThat(valuation.getPerShare()).isNull();

		OptionsApi options = new OptionsApi(client);
		// Haug's call (S = 60, K = 65, T = 0.25, r = 0.08, sigma = 0.30): 2.1334.
		GreeksResponse greeks = options.priceOptions(new GreeksRequest().model(GreeksRequest.ModelEnum.BSM)
			.addContractsItem(new OptionContract().type(OptionContract.TypeEnum.CALL)
				.spot(60.0)
				.strike(65.0)
				.expiryYears(0.25)
				.volatility(0.30)
				.riskFreeRate(0.08)));
		assertThat(greeks.getResults().get(0).getPrice()).isCloseTo(2.1334, within(1e-4));
		assertThat(greeks.getResults().get(0).getSeriesTerms()).isNull();
		double implied = options
			.computeImpliedVolatility(new ComputeImpliedVolatilityRequest(
					new ImpliedVolatilityContract().type(ImpliedVolatilityContract.TypeEnum.CALL)
						.spot(60.0)
						.strike(65.0)
						.expiryYears(0.25)
						.riskFreeRate(0.08)
						.price(2.1334)))
			.getResults()
			.get(0)
			.getImpliedVolatility();
		assertThat(implied).isCloseTo(0.30, within(1e-4));
		assertThat(options
			.valueStrategy(new StrategyRequest().strategy(StrategyRequest.StrategyEnum.COVERED_CALL)
				.expiryYears(0.25)
				.strike(65.0)
				.legs(List.of())
				.market(new StrategyMarketInput().spot(60.0).volatility(0.30).riskFreeRate(0.08)))
			.getLegs()).hasSize(2);

		assertThat(new LiquidityApi(client)
			.quoteStableSwap(new StableSwapQuoteRequest().amplification(50.0)
				.fee(0.0004)
				.balances(List.of(227843.61, 1047596.89))
				.sell("LSD")
				.amount(10000.0))
			.getAmountOut()).isPositive();
		assertThat(new RiskComparisonApi(client).getRiskComparison(List.of(symbol)).getColumns()).contains(symbol);

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> assets.getLsd("noSuchLsd"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(404));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> states.ingestStates(symbol, rows, null))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(401));
	}

}
