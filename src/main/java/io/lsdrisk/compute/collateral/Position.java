package io.lsdrisk.compute.collateral;

import io.lsdrisk.compute.Arguments;

import java.util.List;

/**
 * A lending position: several collateral and debt assets priced in one base currency.
 *
 * @param collateral collateral holdings (may be empty)
 * @param debt debt holdings (may be empty: then the health factor is infinite)
 * @param ethPrice price of one ETH in the base currency ({@code 1} when the base currency
 * is ETH, as on Aave v2), {@code > 0}
 * @param oracleMode which LSD price the protocol sees
 * @param emode whether the position is in efficiency mode (chooses the alert cut-offs)
 */
public record Position(List<CollateralHolding> collateral, List<DebtHolding> debt, double ethPrice,
		OracleMode oracleMode, boolean emode) {

	public Position {
		collateral = List.copyOf(Arguments.notNull("collateral", collateral));
		debt = List.copyOf(Arguments.notNull("debt", debt));
		Arguments.positive("ethPrice", ethPrice);
		Arguments.notNull("oracleMode", oracleMode);
	}

}
