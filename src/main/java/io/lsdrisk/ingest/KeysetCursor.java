package io.lsdrisk.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.lsdrisk.web.InvalidRequestException;

/**
 * Opaque page cursors for time series: the {@code observedAt} of the last row returned.
 * The next page continues strictly after it, so pages never repeat a row nor skip one,
 * whatever is inserted meanwhile after the cursor.
 */
public final class KeysetCursor {

	private KeysetCursor() {
	}

	public static String encode(Instant lastObservedAt) {
		String raw = lastObservedAt.getEpochSecond() + "." + lastObservedAt.getNano();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
	}

	public static Instant decode(String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
			int dot = raw.indexOf('.');
			return Instant.ofEpochSecond(Long.parseLong(raw.substring(0, dot)), Long.parseLong(raw.substring(dot + 1)));
		}
		catch (RuntimeException ex) {
			throw InvalidRequestException.of("cursor", "is not a cursor this service issued; pass nextCursor as is");
		}
	}

}
