package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A registered LSD, as the other features see it.
 *
 * @param id internal key
 * @param symbol token symbol as registered (lookups ignore case)
 * @param name display name
 * @param protocol issuing protocol
 * @param tokenModel rebasing or non-rebasing
 * @param underlying the staked asset
 * @param launchDate first day of the token
 * @param nodeOperatorCount node operators behind the protocol
 * @param withdrawalWaitDays typical withdrawal-queue wait, days
 * @param withdrawalsEnabledAt first day of protocol redemptions, null if never
 * @param auditCount published audits
 * @param metadata free-form attributes
 */
public record Asset(Long id, String symbol, String name, String protocol, TokenModel tokenModel, String underlying,
		LocalDate launchDate, Integer nodeOperatorCount, BigDecimal withdrawalWaitDays, LocalDate withdrawalsEnabledAt,
		Integer auditCount, Map<String, Object> metadata) {

}
