package io.lsdrisk.sample;

import java.math.BigDecimal;

/**
 * A value for one field of a row with where it came from.
 *
 * @param value the value
 * @param real whether it is a real observation (or definitional)
 * @param citation where it came from, for the row's source
 */
record Observed(BigDecimal value, boolean real, String citation) {

}
