package io.lsdrisk.chain;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A backfill: one snapshot per timestamp {@code from, from + step, ...} up to {@code to}.
 *
 * @param from first timestamp (UTC)
 * @param to last timestamp (UTC, inclusive), not in the future
 * @param stepHours hours between timestamps (default
 * {@code lsdrisk.chain.backfill.default-step-hours}, 24)
 * @param symbols configured LSDs to read (default all)
 */
public record BackfillRequest(@NotNull Instant from, @NotNull Instant to, @Positive @Max(8760) Integer stepHours,
		@Size(max = 100) List<@NotBlank String> symbols) {

}
