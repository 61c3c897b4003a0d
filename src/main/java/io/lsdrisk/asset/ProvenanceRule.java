package io.lsdrisk.asset;

import java.util.List;
import java.util.Locale;

import io.lsdrisk.compute.Provenance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rule that types a stored state's {@code source} as {@link Provenance#REAL} or
 * {@link Provenance#SYNTHETIC}: a source that starts with one of
 * {@code lsdrisk.provenance.synthetic-source-prefixes} (case-insensitive; default
 * {@code synthetic}, the prefix the sample generator writes) is generated; every other
 * source, and a missing one, is real. A feed that writes simulated rows (a test net, a
 * replay tool) adds its own prefix here.
 *
 * @param syntheticSourcePrefixes the prefixes of generated sources
 */
@ConfigurationProperties("lsdrisk.provenance")
public record ProvenanceRule(@DefaultValue("synthetic") List<String> syntheticSourcePrefixes) {

	public ProvenanceRule {
		syntheticSourcePrefixes = syntheticSourcePrefixes.stream()
			.map((prefix) -> prefix.strip().toLowerCase(Locale.ROOT))
			.filter((prefix) -> !prefix.isEmpty())
			.toList();
	}

	/** The provenance of a state with this {@code source} (null: real). */
	public Provenance of(String source) {
		if (source == null) {
			return Provenance.REAL;
		}
		String lower = source.strip().toLowerCase(Locale.ROOT);
		return this.syntheticSourcePrefixes.stream().anyMatch(lower::startsWith) ? Provenance.SYNTHETIC
				: Provenance.REAL;
	}

	/** The provenance of a stored state. */
	public Provenance of(PoolState state) {
		return of(state.source());
	}

}
