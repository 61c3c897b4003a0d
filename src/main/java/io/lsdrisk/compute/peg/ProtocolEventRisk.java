package io.lsdrisk.compute.peg;

import io.lsdrisk.compute.Arguments;

import java.util.List;

/**
 * Protocol-level events that move the peg at once, as jump components added to a
 * calibrated model (through {@link DepegSimulationSettings#eventJumps()}). They are too
 * rare to be estimated from a token's own history, so they are configured per protocol.
 * <h2>Defaults and their reasons</h2>
 * <ul>
 * <li><b>Smart-contract exploit</b>: intensity 0.01 a year, jump mean ln(0.85),
 * volatility 0.10. Large, long-audited staking protocols have run for years without an
 * exploit of their core contracts, while across DeFi several large protocols a year are
 * exploited; one in a hundred years is a prior for a mature protocol, to be raised for
 * young or unaudited ones. An exploit that drains part of the backing takes the peg down
 * by the loss plus a panic discount: 15 % on average, with a wide spread (one standard
 * deviation takes it to about 5 % or 25 %).</li>
 * <li><b>Mass slashing</b>: intensity 0.005 a year, jump mean ln(0.98), volatility 0.01.
 * A correlated slashing of a large share of a protocol's validators (a key compromise or
 * a client bug at a big operator) costs the slashed validators the initial penalty plus
 * the correlation penalty (three times the share of all stake slashed in the window), a
 * few per cent of the slashed part; the market reaction adds to it. Small slashings have
 * happened (tens of validators); a mass event has not, hence one in two hundred
 * years.</li>
 * </ul>
 *
 * @param smartContractExploit the exploit component
 * @param massSlashing the mass-slashing component
 */
public record ProtocolEventRisk(JumpComponent smartContractExploit, JumpComponent massSlashing) {

	/** The documented defaults. */
	public static final ProtocolEventRisk DEFAULT = new ProtocolEventRisk(new JumpComponent(0.01, Math.log(0.85), 0.10),
			new JumpComponent(0.005, Math.log(0.98), 0.01));

	/** No event risk. */
	public static final ProtocolEventRisk NONE = new ProtocolEventRisk(JumpComponent.NONE, JumpComponent.NONE);

	public ProtocolEventRisk {
		Arguments.notNull("smartContractExploit", smartContractExploit);
		Arguments.notNull("massSlashing", massSlashing);
	}

	/** The components, for {@link DepegSimulationSettings#withEventJumps}. */
	public List<JumpComponent> components() {
		return List.of(this.smartContractExploit, this.massSlashing);
	}

}
