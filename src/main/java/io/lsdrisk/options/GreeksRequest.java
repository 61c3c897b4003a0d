package io.lsdrisk.options;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * A batch of options to price with one model.
 *
 * @param model BSM or MERTON_JUMP
 * @param contracts the options, 1 to {@code lsdrisk.options.max-contracts} (10,000)
 */
record GreeksRequest(@NotNull OptionModel model, @NotNull List<OptionContract> contracts) {

}
