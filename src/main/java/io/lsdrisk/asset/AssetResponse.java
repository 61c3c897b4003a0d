package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * An LSD with its latest stored state ({@code null} before the first state arrives).
 */
public record AssetResponse(String symbol, String name, String protocol, TokenModel tokenModel, String underlying,
		LocalDate launchDate, Integer nodeOperatorCount, BigDecimal withdrawalWaitDays, LocalDate withdrawalsEnabledAt,
		Integer auditCount, Map<String, Object> metadata, PoolState latestState) {

	static AssetResponse of(Asset asset, PoolState latestState) {
		return new AssetResponse(asset.symbol(), asset.name(), asset.protocol(), asset.tokenModel(), asset.underlying(),
				asset.launchDate(), asset.nodeOperatorCount(), asset.withdrawalWaitDays(), asset.withdrawalsEnabledAt(),
				asset.auditCount(), asset.metadata(), latestState);
	}

}
