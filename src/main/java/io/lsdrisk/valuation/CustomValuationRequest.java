package io.lsdrisk.valuation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.lsdrisk.asset.TokenModel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A valuation of caller-supplied inputs. For a rebasing token the exchange rates are its
 * share rates (tokens per share) and one token is worth 1 ETH.
 *
 * @param symbol a label for the answer, optional
 * @param tokenModel REBASING or NON_REBASING
 * @param valuedAt the instant valued; default the latest observation
 * @param exchangeRates observations of the exchange rate (or share rate), any order
 * @param marketPriceEth market price of one token, ETH
 * @param ethUsd ETH in USD
 * @param withdrawalWaitDays withdrawal wait W, days
 * @param withdrawalsEnabledAt first day of redemptions; default: open when a wait is
 * given
 * @param fundingRatePerYear r, continuous per year; default the configured one
 * @param queueYieldPerYear y_q, continuous per year; default 0
 * @param feesFraction round-trip fees, a fraction; default the configured one
 */
public record CustomValuationRequest(@Size(max = 32) String symbol, @NotNull TokenModel tokenModel, Instant valuedAt,
		@NotEmpty @Valid List<@NotNull ExchangeRateInput> exchangeRates,
		@Positive @DecimalMax("1e9") Double marketPriceEth, @Positive @DecimalMax("1e9") Double ethUsd,
		@PositiveOrZero @DecimalMax("3650") Double withdrawalWaitDays, LocalDate withdrawalsEnabledAt,
		@DecimalMin("-1") @DecimalMax("1") Double fundingRatePerYear,
		@DecimalMin("-1") @DecimalMax("1") Double queueYieldPerYear,
		@DecimalMin("0") @DecimalMax("1") Double feesFraction) {

	/**
	 * @param observedAt when observed, UTC
	 * @param rate ETH per token (tokens per share for a rebasing token)
	 */
	public record ExchangeRateInput(@NotNull Instant observedAt, @NotNull @Positive @DecimalMax("1e6") Double rate) {
	}

}
