package io.lsdrisk.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lsdrisk.asset.AssetRequest;
import io.lsdrisk.asset.TokenModel;
import io.lsdrisk.collateral.LendingMarketRequest;
import io.lsdrisk.collateral.OracleMode;

/**
 * The six sample LSDs and their lending-market parameters: approximate public figures,
 * rounded, as documented in {@code docs/sample-data.md}.
 */
final class SampleAssets {

	static final String NOTE = "Attributes are approximate public figures for demonstration, not authoritative.";

	/**
	 * Shapella (Ethereum's Shanghai and Capella upgrades, 2023-04-12 22:27 UTC): the day
	 * validators could first withdraw. No protocol's redemptions opened before it; each
	 * asset's own opening below is on or after it.
	 */
	static final LocalDate SHAPELLA = LocalDate.of(2023, 4, 12);

	/**
	 * Lido's own withdrawal queue (Lido V2) opened on 2023-05-15: the first day stETH
	 * could be redeemed through the protocol. The regime of stETH and wstETH starts here.
	 */
	static final LocalDate LIDO_WITHDRAWALS = LocalDate.of(2023, 5, 15);

	/**
	 * Rocket Pool's Atlas upgrade, deployed on 2023-04-18 00:00 UTC (Rocket Pool docs,
	 * "The Atlas Update"), made minipools able to exit and distribute withdrawn ETH to
	 * the rETH contract after Shapella. (rETH could burn against the deposit pool before,
	 * within its small balance.)
	 */
	static final LocalDate ROCKET_POOL_ATLAS = LocalDate.of(2023, 4, 18);

	/**
	 * Coinbase opened unstaking requests about 24 hours after the Shapella fork (its
	 * announcement of 2023-03-15), that is on 2023-04-13.
	 */
	static final LocalDate COINBASE_UNSTAKING = LocalDate.of(2023, 4, 13);

	/**
	 * Approximate start of Frax's frxETH redemption queue (frxETH v2); Frax's docs give
	 * no date: day approximate.
	 */
	static final LocalDate FRAX_REDEMPTION_QUEUE = LocalDate.of(2024, 1, 1);

	/** ether.fi opened eETH to everyone on 2023-11-15. */
	static final LocalDate ETHERFI_OPEN = LocalDate.of(2023, 11, 15);

	/**
	 * eETH could be swapped back to ETH through ether.fi's liquidity pool from its open
	 * launch (Curve governance proposal for weETH/WETH): the same day as
	 * {@link #ETHERFI_OPEN}.
	 */
	static final LocalDate ETHERFI_WITHDRAWALS = ETHERFI_OPEN;

	static final LocalDate CBETH_LAUNCH = LocalDate.of(2022, 8, 24);

	static final LocalDate SFRXETH_LAUNCH = LocalDate.of(2022, 10, 20);

	private SampleAssets() {
	}

	static List<AssetRequest> assets() {
		List<AssetRequest> assets = new ArrayList<>();
		assets.add(asset("stETH", "Lido Staked Ether", "Lido", TokenModel.REBASING, LocalDate.of(2020, 12, 18), 37, "3",
				LIDO_WITHDRAWALS, 20, "0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84",
				"Redeemable through Lido V2's withdrawal queue from 2023-05-15 (withdrawalsEnabledAt); Shapella, "
						+ "which first let validators withdraw, was on 2023-04-12."));
		assets.add(asset("wstETH", "Wrapped liquid staked Ether 2.0", "Lido", TokenModel.NON_REBASING,
				LocalDate.of(2021, 2, 23), 37, "3", LIDO_WITHDRAWALS, 20, "0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0",
				"Launch day approximate (February 2021). Redeemed by unwrapping to stETH and using Lido's queue, "
						+ "open from 2023-05-15 (Shapella was 2023-04-12)."));
		assets.add(asset("rETH", "Rocket Pool ETH", "Rocket Pool", TokenModel.NON_REBASING, LocalDate.of(2021, 11, 9),
				3000, "1", ROCKET_POOL_ATLAS, 6, "0xae78736Cd615f374D3085123A210448E74Fc6393",
				"rETH burns instantly against the deposit pool when it holds ETH; minipool exits after Shapella "
						+ "(2023-04-12) came with the Atlas upgrade of 2023-04-18."));
		assets.add(asset("cbETH", "Coinbase Wrapped Staked ETH", "Coinbase", TokenModel.NON_REBASING, CBETH_LAUNCH, 1,
				"5", COINBASE_UNSTAKING, 2, "0xBe9895146f7AF43049ca1c1AE358B0541Ea49704",
				"Redeemed through a Coinbase account; unstaking requests opened about 24 h after Shapella "
						+ "(2023-04-12), on 2023-04-13."));
		assets.add(asset("sfrxETH", "Staked Frax Ether", "Frax Finance", TokenModel.NON_REBASING, SFRXETH_LAUNCH, 1,
				"14", FRAX_REDEMPTION_QUEUE, 3, "0xac3E018457B222d93114458476f3E3416Abbe38F",
				"Frax operates its validators itself. Redemption-queue start day approximate (about 2024-01)."));
		assets.add(asset("weETH", "Wrapped eETH", "ether.fi", TokenModel.NON_REBASING, ETHERFI_OPEN, 50, "5",
				ETHERFI_WITHDRAWALS, 8, "0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee",
				"eETH opened to everyone on 2023-11-15 (mainnet staking since 2023-05); operator count approximate."));
		return Collections.unmodifiableList(assets);
	}

	static List<LendingMarketRequest> lendingMarkets() {
		List<LendingMarketRequest> markets = new ArrayList<>();
		markets.add(market("aave-v2", "stETH", "0.72", "0.83", "0.075", false, OracleMode.MARKET, null));
		markets.add(market("aave-v3", "stETH", "0.785", "0.81", "0.06", false, OracleMode.EXCHANGE_RATE, "1200000"));
		markets.add(market("aave-v3", "wstETH", "0.785", "0.81", "0.06", false, OracleMode.EXCHANGE_RATE, "1200000"));
		markets.add(market("aave-v3", "rETH", "0.745", "0.77", "0.075", false, OracleMode.EXCHANGE_RATE, "90000"));
		markets.add(market("aave-v3", "cbETH", "0.745", "0.77", "0.075", false, OracleMode.EXCHANGE_RATE, "60000"));
		markets.add(market("aave-v3", "sfrxETH", "0.70", "0.75", "0.075", false, OracleMode.EXCHANGE_RATE, "30000"));
		markets.add(market("aave-v3", "weETH", "0.725", "0.75", "0.07", false, OracleMode.EXCHANGE_RATE, "2400000"));
		for (String symbol : List.of("stETH", "wstETH", "rETH", "cbETH", "sfrxETH", "weETH")) {
			BigDecimal cap = markets.stream()
				.filter((market) -> market.market().equals("aave-v3") && market.symbol().equals(symbol))
				.findFirst()
				.orElseThrow()
				.supplyCap();
			markets.add(new LendingMarketRequest("aave-v3-emode", symbol, new BigDecimal("0.93"),
					new BigDecimal("0.95"), new BigDecimal("0.01"), true, OracleMode.EXCHANGE_RATE, cap));
		}
		return Collections.unmodifiableList(markets);
	}

	private static AssetRequest asset(String symbol, String name, String protocol, TokenModel model, LocalDate launch,
			int operators, String waitDays, LocalDate withdrawals, int audits, String contract, String remark) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("chain", "ethereum");
		metadata.put("contractAddress", contract);
		metadata.put("remark", remark);
		metadata.put("shapella", SHAPELLA.toString());
		metadata.put("note", NOTE);
		metadata.put("sampleData", "docs/sample-data.md");
		return new AssetRequest(symbol, name, protocol, model, "ETH", launch, operators, new BigDecimal(waitDays),
				withdrawals, audits, Collections.unmodifiableMap(metadata));
	}

	private static LendingMarketRequest market(String market, String symbol, String ltv, String threshold, String bonus,
			boolean emode, OracleMode oracle, String cap) {
		return new LendingMarketRequest(market, symbol, new BigDecimal(ltv), new BigDecimal(threshold),
				new BigDecimal(bonus), emode, oracle, (cap != null) ? new BigDecimal(cap) : null);
	}

}
