package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An LSD with its latest stored state ({@code null} before the first state arrives).
 */
public record AssetResponse(String symbol, String name, String protocol, TokenModel tokenModel, String underlying,
		@Nullable LocalDate launchDate, @Nullable Integer nodeOperatorCount, @Nullable BigDecimal withdrawalWaitDays,
		@Nullable LocalDate withdrawalsEnabledAt, @Nullable Integer auditCount, Map<String, Object> metadata,
		@Nullable PoolState latestState) {

	static AssetResponse of(Asset asset, PoolState latestState) {
		return new AssetResponse(asset.symbol(), asset.name(), asset.protocol(), asset.tokenModel(), asset.underlying(),
				asset.launchDate(), asset.nodeOperatorCount(), asset.withdrawalWaitDays(), asset.withdrawalsEnabledAt(),
				asset.auditCount(), asset.metadata(), latestState);
	}

}
