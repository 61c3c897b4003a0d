package io.lsdrisk.chain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.lsdrisk.chain.ChainProperties.FeedDefinition;
import io.lsdrisk.chain.abi.Abi;

/**
 * The configured feeds, checked once at start: a definition that cannot work stops the
 * service with a message naming its property ({@code lsdrisk.chain.feeds[3].function}),
 * rather than failing at every snapshot.
 */
final class FeedPlan {

	private static final Pattern VENUE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	private static final String CURVE_BALANCES = "balances(uint256)";

	private static final String CURVE_ADMIN_BALANCES = "admin_balances(uint256)";

	private final List<Feed> feeds;

	/** Configured LSD symbols in configuration order, as spelled there. */
	private final List<String> symbols;

	private FeedPlan(List<Feed> feeds) {
		this.feeds = List.copyOf(feeds);
		Map<String, String> symbols = new LinkedHashMap<>();
		for (Feed feed : feeds) {
			if (!Feed.EVERY_LSD.equals(feed.symbol())) {
				symbols.putIfAbsent(feed.symbol().toLowerCase(Locale.ROOT), feed.symbol());
			}
		}
		this.symbols = List.copyOf(symbols.values());
	}

	static FeedPlan of(ChainProperties properties) {
		List<String> problems = new ArrayList<>();
		List<Feed> feeds = new ArrayList<>();
		List<FeedDefinition> definitions = properties.allFeeds();
		int ownFeeds = properties.feeds().size();
		for (int i = 0; i < definitions.size(); i++) {
			String path = (i < ownFeeds) ? "lsdrisk.chain.feeds[" + i + "]"
					: "lsdrisk.chain.additional-feeds[" + (i - ownFeeds) + "]";
			Feed feed = compile(definitions.get(i), path, problems);
			if (feed != null) {
				feeds.add(feed);
			}
		}
		checkTogether(feeds, problems);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Invalid chain feed configuration: " + String.join("; ", problems));
		}
		return new FeedPlan(feeds);
	}

	List<Feed> feeds() {
		return this.feeds;
	}

	List<String> symbols() {
		return this.symbols;
	}

	/** The configured spelling of a symbol, or null when no feed names it. */
	String configuredSymbol(String symbol) {
		for (String configured : this.symbols) {
			if (configured.equalsIgnoreCase(symbol)) {
				return configured;
			}
		}
		return null;
	}

	/** The feeds of one LSD, including the feeds for every LSD. */
	List<Feed> feedsOf(String symbol) {
		return this.feeds.stream().filter((feed) -> feed.appliesTo(symbol)).toList();
	}

	private static Feed compile(FeedDefinition definition, String path, List<String> problems) {
		int before = problems.size();
		String symbol = definition.symbol().strip();
		FeedKind kind = definition.kind();
		FeedTarget target = definition.target();
		if (Feed.EVERY_LSD.equals(symbol) && target != FeedTarget.ETH_USD) {
			problems.add(path + ".symbol: '*' (every LSD) is allowed for ETH_USD only");
		}
		boolean curve = kind == FeedKind.CURVE_POOL;
		if ((target == FeedTarget.LIQUIDITY_POOL && !curve)
				|| (curve && target != FeedTarget.LIQUIDITY_POOL && target != FeedTarget.MARKET_PRICE_ETH)) {
			problems.add(path + ".target: " + kind + " feeds give LIQUIDITY_POOL or MARKET_PRICE_ETH (the marginal "
					+ "price), and LIQUIDITY_POOL comes from CURVE_POOL feeds only");
		}
		String venue = null;
		if (target == FeedTarget.LIQUIDITY_POOL) {
			venue = (definition.venue() != null) ? definition.venue().strip().toLowerCase(Locale.ROOT) : "";
			if (!VENUE.matcher(venue).matches()) {
				problems.add(path + ".venue: must be 1 to 64 lower-case letters, digits, '.', '_' or '-'");
			}
		}
		if (definition.timesExchangeRate() && target != FeedTarget.MARKET_PRICE_ETH) {
			problems.add(path + ".times-exchange-rate: only for MARKET_PRICE_ETH");
		}
		List<ContractCall> calls = new ArrayList<>();
		String address = definition.address();
		switch (kind) {
			case EXCHANGE_RATE_CALL ->
				addCall(calls, address, definition.function(), definition.arguments(), path + ".function", problems);
			case RATIO_OF_TWO_CALLS -> {
				addCall(calls, address, definition.function(), definition.arguments(), path + ".function", problems);
				addCall(calls, address, definition.divisorFunction(), List.of(), path + ".divisor-function", problems);
			}
			case ERC4626_CONVERT_TO_ASSETS -> addCall(calls, address, "convertToAssets(uint256)",
					List.of(BigInteger.TEN.pow(definition.decimals())), path + ".function", problems);
			case CHAINLINK_LATEST_ROUND ->
				addCall(calls, address, "latestRoundData()", List.of(), path + ".function", problems);
			case CURVE_POOL -> {
				calls.add(ContractCall.of(address, CURVE_BALANCES, List.of(BigInteger.ZERO)));
				calls.add(ContractCall.of(address, CURVE_BALANCES, List.of(BigInteger.ONE)));
				calls.add(ContractCall.of(address, "A_precise()", List.of()));
				calls.add(ContractCall.of(address, "fee()", List.of()));
				if (definition.subtractAdminBalances()) {
					calls.add(ContractCall.of(address, CURVE_ADMIN_BALANCES, List.of(BigInteger.ZERO)));
					calls.add(ContractCall.of(address, CURVE_ADMIN_BALANCES, List.of(BigInteger.ONE)));
				}
			}
		}
		if (problems.size() > before) {
			return null;
		}
		String name = (definition.name() != null && !definition.name().isBlank()) ? definition.name().strip()
				: symbol + ":" + ((venue != null) ? venue : target.name().toLowerCase(Locale.ROOT));
		return new Feed(name, symbol, kind, target, List.copyOf(calls), definition.decimals(),
				definition.timesExchangeRate(), venue, definition.required());
	}

	private static void addCall(List<ContractCall> calls, String address, String signature, List<BigInteger> arguments,
			String path, List<String> problems) {
		if (signature == null || signature.isBlank()) {
			problems.add(path + ": is required for this kind (a signature such as getExchangeRate())");
			return;
		}
		String canonical = signature.strip();
		if (!Abi.isSupportedSignature(canonical)) {
			problems.add(path + ": '" + canonical
					+ "' must be a canonical signature with integer arguments only, such as balances(uint256)");
			return;
		}
		try {
			calls.add(ContractCall.of(address, canonical, arguments));
		}
		catch (IllegalArgumentException ex) {
			problems.add(path + ": " + ex.getMessage());
		}
	}

	private static void checkTogether(List<Feed> feeds, List<String> problems) {
		Set<String> names = new HashSet<>();
		Set<String> slots = new HashSet<>();
		for (Feed feed : feeds) {
			if (!names.add(feed.name())) {
				problems.add("feed name '" + feed.name() + "' is used twice; names must be unique");
			}
			String slot = feed.symbol().toLowerCase(Locale.ROOT) + "/" + feed.target()
					+ ((feed.venue() != null) ? "/" + feed.venue() : "");
			if (!slots.add(slot)) {
				problems.add("two feeds give " + feed.target() + " of " + feed.symbol()
						+ ((feed.venue() != null) ? " at " + feed.venue() : ""));
			}
		}
		for (Feed feed : feeds) {
			if (feed.timesExchangeRate() && feeds.stream()
				.noneMatch((other) -> other.target() == FeedTarget.EXCHANGE_RATE
						&& other.symbol().equalsIgnoreCase(feed.symbol()))) {
				problems.add("feed '" + feed.name() + "' multiplies by the exchange rate, but " + feed.symbol()
						+ " has no EXCHANGE_RATE feed");
			}
		}
	}

}
