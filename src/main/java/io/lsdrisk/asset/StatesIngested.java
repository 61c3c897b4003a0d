package io.lsdrisk.asset;

/**
 * Published after a batch of states was stored for an asset (pool states or DEX pool
 * states), so that computed views can be invalidated. Listen with
 * {@code @TransactionalEventListener} to act only once the rows are committed.
 *
 * @param symbol the asset's symbol as registered
 * @param series {@code pool_state} or {@code liquidity_pool_state}
 * @param rowsChanged rows inserted or updated (0 when everything was unchanged)
 */
public record StatesIngested(String symbol, String series, int rowsChanged) {

}
