package io.lsdrisk.chain;

/**
 * The call shapes a feed can have; adding a feed of one of these shapes is configuration
 * only.
 */
public enum FeedKind {

	/**
	 * One call returning a uint256, divided by 10^decimals: exchange rates
	 * ({@code getExchangeRate()}, {@code stEthPerToken()}), supplies
	 * ({@code totalSupply()}), pooled ETH ({@code getTotalPooledEther()}).
	 */
	EXCHANGE_RATE_CALL,

	/**
	 * Two calls returning uint256, the first divided by the second (decimals ignored):
	 * Lido's share rate {@code getTotalPooledEther() / getTotalShares()}.
	 */
	RATIO_OF_TWO_CALLS,

	/**
	 * ERC-4626 {@code convertToAssets(10^decimals)}, divided by 10^decimals: assets per
	 * share (sfrxETH).
	 */
	ERC4626_CONVERT_TO_ASSETS,

	/**
	 * A Chainlink aggregator's {@code latestRoundData()}: the answer divided by
	 * 10^decimals; rejected when the answer is not positive or the round incomplete.
	 */
	CHAINLINK_LATEST_ROUND,

	/**
	 * A two-coin Curve StableSwap pool (coin 0 ETH, coin 1 the LSD): {@code balances(0)},
	 * {@code balances(1)}, {@code A_precise()}, {@code fee()}, and
	 * {@code admin_balances(i)} when configured.
	 */
	CURVE_POOL

}
