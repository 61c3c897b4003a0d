package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

import java.util.ArrayList;
import java.util.List;

/**
 * One account of an Aave collateral snapshot (lidofinance/aave-liquidation-model, see
 * db/sample/SOURCES.md), with conversions to a {@link Position} and a
 * {@link CascadePosition}.
 *
 * <p>
 * Money columns are in the protocol's base currency: USD on Aave v3, ETH on Aave v2.
 * {@code collateral} counts all collateral assets and {@code threshold} is Aave's
 * value-weighted average threshold, so the snapshot's own {@code healthf} is
 * {@code collateral * threshold / 10^4 / debt}.
 *
 * @param user account address
 * @param collateral total collateral, base currency
 * @param debt total debt, base currency
 * @param liquidationThresholdBps weighted liquidation threshold, basis points
 * @param loanToValueBps weighted LTV, basis points
 * @param reportedHealthFactor the snapshot's {@code healthf}
 * @param lsdAmount wstETH (v3) or stETH (v2) collateral, tokens
 * @param lsdPrice oracle price of one LSD token, base currency (v3 {@code steth_price},
 * the wstETH price; v2 {@code collateral_steth_calc / amount})
 * @param ethDebt debt in ETH, tokens
 * @param ethPrice price of one ETH, base currency (v3 {@code eth_price}; 1 on v2)
 * @param emode whether the account is in E-mode (always false on v2)
 */
public record AaveSnapshotRow(String user, double collateral, double debt, double liquidationThresholdBps,
		double loanToValueBps, double reportedHealthFactor, double lsdAmount, double lsdPrice, double ethDebt,
		double ethPrice, boolean emode) {

	/**
	 * Parses a snapshot CSV (header line first), Aave v3 or v2; the version is read from
	 * the header ({@code eth_price} present: v3).
	 * @param lines the file's lines
	 * @return one row per non-blank data line, in order
	 */
	public static List<AaveSnapshotRow> parse(List<String> lines) {
		Arguments.notNull("lines", lines);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("lines must start with the CSV header");
		}
		List<String> header = List.of(lines.get(0).split(",", -1));
		boolean v3 = header.contains("eth_price");
		int user = column(header, "user");
		int collateral = column(header, "collateral");
		int debt = column(header, "debt");
		int threshold = column(header, "threshold");
		int ltv = column(header, "ltv");
		int healthFactor = column(header, "healthf");
		int amount = column(header, "amount");
		int ethDebt = column(header, "ethdebt");
		int emode = v3 ? column(header, "emode") : -1;
		int ethPrice = v3 ? column(header, "eth_price") : -1;
		int lsdPrice = v3 ? column(header, "steth_price") : -1;
		int lsdValue = v3 ? -1 : column(header, "collateral_steth_calc");
		List<AaveSnapshotRow> rows = new ArrayList<>(lines.size() - 1);
		for (int line = 1; line < lines.size(); line++) {
			String text = lines.get(line);
			if (text == null || text.isBlank()) {
				continue;
			}
			String[] fields = text.split(",", -1);
			if (fields.length != header.size()) {
				throw new IllegalArgumentException("line " + (line + 1) + " must have " + header.size()
						+ " fields like the header, had " + fields.length);
			}
			double lsd = number(fields, amount, header, line);
			double price;
			if (v3) {
				price = number(fields, lsdPrice, header, line);
			}
			else {
				price = (lsd > 0) ? number(fields, lsdValue, header, line) / lsd : 0;
			}
			rows.add(new AaveSnapshotRow(fields[user], number(fields, collateral, header, line),
					number(fields, debt, header, line), number(fields, threshold, header, line),
					number(fields, ltv, header, line), number(fields, healthFactor, header, line), lsd, price,
					number(fields, ethDebt, header, line), v3 ? number(fields, ethPrice, header, line) : 1.0,
					v3 && number(fields, emode, header, line) != 0));
		}
		return List.copyOf(rows);
	}

	/**
	 * Value of the LSD collateral in the base currency, capped at {@code collateral}: the
	 * snapshot read prices and balances at slightly different moments, and
	 * {@code amount * price} exceeds the reported total by up to about 0.02 % on some
	 * rows.
	 * @return the LSD's share of {@code collateral}
	 */
	public double lsdValue() {
		return Math.min(this.lsdAmount * this.lsdPrice, this.collateral);
	}

	/**
	 * The account as a {@link Position}: the LSD, the rest of the collateral as one
	 * {@link AssetKind#OTHER} holding (its assets are not in the snapshot), both at the
	 * weighted threshold and LTV; the ETH debt (capped at the total) as
	 * {@link AssetKind#ETH} and the rest as {@link AssetKind#OTHER}. The LSD's exchange
	 * rate is set to {@code lsdPrice / ethPrice}, so its peg reads 1: the snapshot holds
	 * no market price apart from the oracle's.
	 * @param oracleMode the oracle mode to record
	 * @return the position; its health factor equals
	 * {@code collateral * threshold / debt}
	 */
	public Position toPosition(OracleMode oracleMode) {
		double threshold = this.liquidationThresholdBps / 10_000;
		double loanToValue = this.loanToValueBps / 10_000;
		List<CollateralHolding> collateralHoldings = new ArrayList<>(2);
		double lsdValue = lsdValue();
		if (this.lsdAmount > 0) {
			double price = lsdValue / this.lsdAmount;
			double rate = (price > 0) ? price / this.ethPrice : 1.0;
			collateralHoldings.add(CollateralHolding.lsd("LSD", this.lsdAmount, price, threshold, loanToValue, rate));
		}
		if (this.collateral - lsdValue > 0) {
			collateralHoldings.add(CollateralHolding.of("OTHER", this.collateral - lsdValue, 1.0, threshold,
					loanToValue, AssetKind.OTHER));
		}
		List<DebtHolding> debtHoldings = new ArrayList<>(2);
		double ethDebtValue = Math.min(this.ethDebt * this.ethPrice, this.debt);
		if (ethDebtValue > 0) {
			debtHoldings.add(new DebtHolding("ETH", ethDebtValue / this.ethPrice, this.ethPrice, AssetKind.ETH));
		}
		if (this.debt - ethDebtValue > 0) {
			debtHoldings.add(new DebtHolding("OTHER", this.debt - ethDebtValue, 1.0, AssetKind.OTHER));
		}
		return new Position(collateralHoldings, debtHoldings, this.ethPrice, oracleMode, this.emode);
	}

	/**
	 * The account as a cascade position in ETH: the LSD in tokens, the rest of the
	 * collateral and all debt at their ETH value now (fixed through the cascade), the
	 * weighted threshold.
	 * @return the cascade position
	 */
	public CascadePosition toCascadePosition() {
		double lsdValue = lsdValue();
		return CascadePosition.of(this.lsdAmount, Math.max(0, this.collateral - lsdValue) / this.ethPrice,
				this.debt / this.ethPrice, this.liquidationThresholdBps / 10_000);
	}

	/**
	 * @return the LSD's oracle price in ETH per token
	 */
	public double lsdPriceEth() {
		return this.lsdPrice / this.ethPrice;
	}

	private static int column(List<String> header, String name) {
		int index = header.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("the CSV header must have a column '" + name + "'");
		}
		return index;
	}

	private static double number(String[] fields, int index, List<String> header, int line) {
		String text = fields[index].trim();
		try {
			double value = Double.parseDouble(text);
			if (!Double.isFinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("line " + (line + 1) + " column '" + header.get(index)
					+ "' must be a finite number, was '" + text + "'");
		}
	}

}
