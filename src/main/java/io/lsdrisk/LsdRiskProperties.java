package io.lsdrisk;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The service's own settings, bound from {@code lsdrisk.*} (environment variables
 * {@code LSDRISK_*}).
 *
 * @param security who may write
 * @param sampleData the sample data loaded at start
 * @param database database bootstrap
 * @param limits request limits
 * @param web browser access
 */
@Validated
@ConfigurationProperties("lsdrisk")
public record LsdRiskProperties(@Valid @DefaultValue Security security, @Valid @DefaultValue SampleData sampleData,
		@Valid @DefaultValue Database database, @Valid @DefaultValue Limits limits, @Valid @DefaultValue Web web) {

	/**
	 * @param apiKeys keys accepted in {@code X-API-Key} for writes; comma-separated in
	 * {@code LSDRISK_SECURITY_API_KEYS}. Empty (the default): every write is refused.
	 */
	public record Security(@DefaultValue List<String> apiKeys) {
	}

	/**
	 * @param enabled load sample assets, states, pools and lending markets at start
	 * (default true; set false in production)
	 */
	public record SampleData(@DefaultValue("true") boolean enabled) {
	}

	/**
	 * @param createIfMissing create the datasource's database on first start when the
	 * server has none of that name (default true)
	 */
	public record Database(@DefaultValue("true") boolean createIfMissing) {
	}

	/**
	 * @param maxBatchSize most rows one ingestion request may carry (default 10,000)
	 * @param maxPageSize most rows one history page may return (default 10,000)
	 * @param defaultPageSize rows a history page returns without {@code limit} (default
	 * 1,000)
	 * @param maxRequestBytes largest request body accepted, bytes (default 16 MiB)
	 */
	public record Limits(@DefaultValue("10000") @Min(1) @Max(1_000_000) int maxBatchSize,
			@DefaultValue("10000") @Min(1) @Max(1_000_000) int maxPageSize,
			@DefaultValue("1000") @Min(1) int defaultPageSize,
			@DefaultValue("16777216") @Min(1024) long maxRequestBytes) {
	}

	/**
	 * @param corsAllowedOrigins origins (such as a dashboard's
	 * {@code https://grafana.example.com}) whose browser pages may call {@code /api/**};
	 * empty (the default): none. Comma-separated in
	 * {@code LSDRISK_WEB_CORS_ALLOWED_ORIGINS}.
	 */
	public record Web(@DefaultValue List<String> corsAllowedOrigins) {
	}

}
