package io.lsdrisk.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An LSD to register.
 *
 * @param symbol token symbol, unique regardless of case (1 to 32 letters, digits, '.',
 * '-')
 * @param name display name
 * @param protocol issuing protocol
 * @param tokenModel rebasing or non-rebasing accounting
 * @param underlying the staked asset, {@code ETH}
 * @param launchDate first day the token existed
 * @param nodeOperatorCount validators' operators behind the protocol
 * @param withdrawalWaitDays typical wait through the protocol's withdrawal queue, days
 * (at most 3650)
 * @param withdrawalsEnabledAt first day holders could redeem through the protocol, null
 * if never
 * @param auditCount published security audits
 * @param metadata free-form attributes (contract addresses, links)
 */
public record AssetRequest(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9.\\-]+") String symbol,
		@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String protocol,
		@NotNull TokenModel tokenModel, @NotBlank @Size(max = 16) String underlying, LocalDate launchDate,
		@Min(0) @Max(10_000_000) Integer nodeOperatorCount,
		@DecimalMin("0") @DecimalMax("3650") BigDecimal withdrawalWaitDays, LocalDate withdrawalsEnabledAt,
		@Min(0) @Max(100_000) Integer auditCount, Map<String, Object> metadata) {

}
