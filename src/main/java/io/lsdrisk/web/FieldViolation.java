package io.lsdrisk.web;

/**
 * One rule broken by one input field, reported in a problem's {@code errors} array.
 *
 * @param field path of the offending input, e.g. {@code states[3].exchangeRate} or a
 * query parameter name
 * @param message the rule, readable by the caller
 */
public record FieldViolation(String field, String message) {

}
