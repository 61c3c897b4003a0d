package io.lsdrisk.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a time series in time order.
 *
 * @param items the rows of this page
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
public record CursorPage<T>(List<T> items, @Nullable String nextCursor) {

}
