package io.lsdrisk.options;

import java.util.List;

/**
 * Greeks of a batch: one result per contract (for one contract, quantity not applied) in
 * request order, and the book's quantity-weighted sums.
 *
 * @param model the model used
 * @param results per-contract price and Greeks
 * @param portfolio sum over the contracts of quantity times each figure
 */
record GreeksResponse(OptionModel model, List<OptionGreeks> results, OptionGreeks portfolio) {

}
