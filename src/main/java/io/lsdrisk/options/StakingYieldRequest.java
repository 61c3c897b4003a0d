package io.lsdrisk.options;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * Caps and floors on the staking APR to price.
 *
 * @param contracts 1 to {@code lsdrisk.options.max-contracts} (10,000) options
 */
record StakingYieldRequest(@NotNull List<StakingYieldContract> contracts) {

}
