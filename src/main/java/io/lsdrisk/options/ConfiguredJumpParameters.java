package io.lsdrisk.options;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.lsdrisk.asset.Asset;

/**
 * Jump parameters from {@code lsdrisk.options.jumps}: the protocol's override when one is
 * configured, the shared default otherwise.
 */
class ConfiguredJumpParameters implements JumpParametersSource {

	private final OptionsProperties.Jumps jumps;

	private final Map<String, OptionsProperties.Protocol> protocols;

	ConfiguredJumpParameters(OptionsProperties.Jumps jumps) {
		this.jumps = jumps;
		this.protocols = jumps.protocols()
			.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap((entry) -> key(entry.getKey()), Map.Entry::getValue));
	}

	@Override
	public JumpParameters forAsset(Asset asset) {
		String protocol = (asset.protocol() != null) ? asset.protocol() : "";
		OptionsProperties.Protocol override = this.protocols.get(key(protocol));
		if (override != null) {
			return new JumpParameters(override.intensity(), override.mean(), override.volatility(),
					"configuration: lsdrisk.options.jumps.protocols." + key(protocol));
		}
		return new JumpParameters(this.jumps.intensity(), this.jumps.mean(), this.jumps.volatility(),
				"configuration: lsdrisk.options.jumps (default for every protocol)");
	}

	static String key(String protocol) {
		return protocol.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
