package io.lsdrisk.chain;

import java.util.List;
import java.util.Locale;

import io.lsdrisk.chain.ChainProperties.FeedDefinition;

import io.lsdrisk.support.TestDatabaseConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of the whole service with the chain feature on: one loopback stub per
 * test JVM, the mainnet call shapes for the LSDs {@code tstETH}, {@code twstETH} and
 * {@code trETH} (symbols no other test uses), millisecond retries and no scheduled
 * snapshot during the tests. Its subclasses share one context. (The endpoint must be a
 * property source before the configuration is parsed, since the feature's beans are
 * conditional on it: hence a {@link DynamicPropertySource}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
abstract class ChainIntegrationTestBase {

	static final JsonRpcStub STUB = new JsonRpcStub();

	static final String PREFIX = "t";

	@DynamicPropertySource
	static void chainStubProperties(DynamicPropertyRegistry registry) {
		{
			registry.add("lsdrisk.chain.rpc-url", STUB::url);
			List<FeedDefinition> feeds = TestFeeds.standard(PREFIX);
			for (int i = 0; i < feeds.size(); i++) {
				FeedDefinition feed = feeds.get(i);
				String p = "lsdrisk.chain.feeds[" + i + "].";
				if (feed.name() != null) {
					registry.add(p + "name", feed::name);
				}
				registry.add(p + "symbol", feed::symbol);
				registry.add(p + "kind", () -> feed.kind().name());
				registry.add(p + "address", feed::address);
				if (feed.function() != null) {
					registry.add(p + "function", feed::function);
				}
				registry.add(p + "decimals", feed::decimals);
				registry.add(p + "target", () -> feed.target().name());
				registry.add(p + "times-exchange-rate", feed::timesExchangeRate);
				if (feed.venue() != null) {
					registry.add(p + "venue", () -> feed.venue().toLowerCase(Locale.ROOT));
				}
			}
			registry.add("lsdrisk.chain.initial-delay", () -> "1h");
			registry.add("lsdrisk.chain.stale-after", () -> "1ms");
			registry.add("lsdrisk.chain.http.request-timeout", () -> "2s");
			registry.add("lsdrisk.chain.retry.max-attempts", () -> "2");
			registry.add("lsdrisk.chain.retry.initial-backoff", () -> "5ms");
			registry.add("lsdrisk.chain.circuit-breaker.minimum-calls", () -> "1000");
			registry.add("lsdrisk.chain.circuit-breaker.window-size", () -> "1000");
			registry.add("lsdrisk.chain.backfill.progress-log-interval", () -> "1s");
		}
	}

}
