package io.lsdrisk.chain;

import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.lsdrisk.chain.rpc.RpcSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Reading pool states from an Ethereum node, bound from {@code lsdrisk.chain.*}
 * (environment {@code LSDRISK_CHAIN_*}). Everything is off while {@code rpcUrl} is blank.
 * The Ethereum mainnet feeds are defaults in {@code lsdrisk-chain-defaults.properties}
 * (imported by {@code application.properties}); {@code additionalFeeds} adds feeds
 * without restating them.
 *
 * @param rpcUrl JSON-RPC endpoint (HTTP or HTTPS); blank (the default) turns the feature
 * off. Never shown by the service: provider URLs often carry a key
 * @param snapshotInterval time between the end of one scheduled snapshot and the start of
 * the next (default 5 minutes)
 * @param initialDelay wait after start before the first snapshot (default 30 s)
 * @param confirmations blocks behind the node's latest that live snapshots read, so a
 * short reorganisation does not change a stored block (default 2)
 * @param staleAfter age of a feed's last successful snapshot beyond which health says
 * DEGRADED (default 1 hour)
 * @param http timeouts
 * @param retry retries and backoff
 * @param circuitBreaker the breaker in front of the node
 * @param backfill historical backfill jobs
 * @param feeds the feeds read at every snapshot (defaults: Ethereum mainnet)
 * @param additionalFeeds more feeds, read as well (default none)
 */
@Validated
@ConfigurationProperties("lsdrisk.chain")
public record ChainProperties(@DefaultValue("") String rpcUrl, @DefaultValue("5m") @NotNull Duration snapshotInterval,
		@DefaultValue("30s") @NotNull Duration initialDelay, @DefaultValue("2") @Min(0) @Max(1000) int confirmations,
		@DefaultValue("1h") @NotNull Duration staleAfter, @Valid @DefaultValue Http http,
		@Valid @DefaultValue Retry retry, @Valid @DefaultValue CircuitBreaker circuitBreaker,
		@Valid @DefaultValue Backfill backfill, @Valid @DefaultValue List<FeedDefinition> feeds,
		@Valid @DefaultValue List<FeedDefinition> additionalFeeds) {

	/** True when an endpoint is configured. */
	public boolean enabled() {
		return StringUtils.hasText(this.rpcUrl);
	}

	/** Every configured feed: {@code feeds} then {@code additionalFeeds}. */
	public List<FeedDefinition> allFeeds() {
		List<FeedDefinition> all = new ArrayList<>(this.feeds);
		all.addAll(this.additionalFeeds);
		return all;
	}

	/** The client settings these properties describe. */
	public RpcSettings rpcSettings() {
		return new RpcSettings(URI.create(this.rpcUrl.strip()), this.http.connectTimeout(), this.http.requestTimeout(),
				this.retry.maxAttempts(), this.retry.initialBackoff(), this.retry.multiplier(), this.retry.maxBackoff(),
				this.retry.maxRetryAfter(), this.circuitBreaker.failureRatePercent(), this.circuitBreaker.windowSize(),
				this.circuitBreaker.minimumCalls(), this.circuitBreaker.openDuration());
	}

	/**
	 * @param connectTimeout connection timeout (default 5 s)
	 * @param requestTimeout time allowed for one answer (default 10 s)
	 */
	public record Http(@DefaultValue("5s") @NotNull Duration connectTimeout,
			@DefaultValue("10s") @NotNull Duration requestTimeout) {
	}

	/**
	 * @param maxAttempts attempts per JSON-RPC call including the first (default 4)
	 * @param initialBackoff wait before the first retry (default 500 ms)
	 * @param multiplier growth of the wait per retry (default 2)
	 * @param maxBackoff longest wait between retries (default 10 s)
	 * @param maxRetryAfter longest {@code Retry-After} of an HTTP 429 honoured; a longer
	 * one fails the call (default 60 s)
	 */
	public record Retry(@DefaultValue("4") @Min(1) @Max(20) int maxAttempts,
			@DefaultValue("500ms") @NotNull Duration initialBackoff,
			@DefaultValue("2") @DecimalMin("1.0") @DecimalMax("10.0") double multiplier,
			@DefaultValue("10s") @NotNull Duration maxBackoff, @DefaultValue("60s") @NotNull Duration maxRetryAfter) {
	}

	/**
	 * A Resilience4j count-based circuit breaker over every request attempt.
	 *
	 * @param failureRatePercent failure rate that opens it (default 50)
	 * @param windowSize attempts in the sliding window (default 20)
	 * @param minimumCalls attempts before a rate is computed (default 10)
	 * @param openDuration how long it stays open before trying again (default 30 s)
	 */
	public record CircuitBreaker(@DefaultValue("50") @DecimalMin("1") @DecimalMax("100") float failureRatePercent,
			@DefaultValue("20") @Min(1) int windowSize, @DefaultValue("10") @Min(1) int minimumCalls,
			@DefaultValue("30s") @NotNull Duration openDuration) {
	}

	/**
	 * @param defaultStepHours step of a backfill request without {@code stepHours}
	 * (default 24)
	 * @param maxSteps most timestamps one job may read (default 10,000)
	 * @param threads jobs run at once (default 1; more jobs wait)
	 * @param blockCacheSize block timestamps kept for the block search (default 100,000)
	 * @param progressLogInterval time between progress lines in the log (default 30 s)
	 */
	public record Backfill(@DefaultValue("24") @Min(1) @Max(8760) int defaultStepHours,
			@DefaultValue("10000") @Min(1) @Max(1_000_000) int maxSteps, @DefaultValue("1") @Min(1) @Max(8) int threads,
			@DefaultValue("100000") @Min(16) int blockCacheSize,
			@DefaultValue("30s") @NotNull Duration progressLogInterval) {
	}

	/**
	 * One value read from a contract at each snapshot.
	 *
	 * @param name label in metrics, health and logs (default {@code symbol:target}, or
	 * {@code symbol:venue} for a pool)
	 * @param symbol the LSD the value belongs to, or {@code *} for every configured LSD
	 * (ETH_USD only)
	 * @param kind the call shape
	 * @param address the contract (0x and 40 hex digits)
	 * @param function canonical signature of the call, integer arguments only
	 * ({@code getExchangeRate()}); implied for CHAINLINK_LATEST_ROUND
	 * ({@code latestRoundData()}), ERC4626_CONVERT_TO_ASSETS
	 * ({@code convertToAssets(uint256)}) and CURVE_POOL
	 * @param divisorFunction the second call of RATIO_OF_TWO_CALLS
	 * ({@code getTotalShares()})
	 * @param arguments arguments of {@code function}, if it takes any
	 * @param decimals fixed-point places of the answer (default 18; Chainlink USD feeds
	 * 8)
	 * @param target where the value goes
	 * @param timesExchangeRate multiply by the LSD's exchange rate of the same snapshot:
	 * a price quoted per unit of the underlying rebasing token (wstETH's market price is
	 * stETH/ETH times stEthPerToken)
	 * @param venue the liquidity pool's venue name (LIQUIDITY_POOL)
	 * @param subtractAdminBalances subtract {@code admin_balances(i)} from
	 * {@code balances(i)}; false (default) for pools whose {@code balances(i)} already
	 * excludes them, as the stETH pool's does
	 * @param required a failed read skips the LSD's whole row (default); when false the
	 * field stays empty instead
	 */
	public record FeedDefinition(String name, @NotBlank String symbol, @NotNull FeedKind kind,
			@NotNull @Pattern(regexp = "0x[0-9a-fA-F]{40}", message = "must be 0x and 40 hex digits") String address,
			String function, String divisorFunction, @DefaultValue List<BigInteger> arguments,
			@DefaultValue("18") @Min(0) @Max(36) int decimals, @NotNull FeedTarget target, boolean timesExchangeRate,
			String venue, boolean subtractAdminBalances, @DefaultValue("true") boolean required) {
	}

}
