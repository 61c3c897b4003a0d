package io.lsdrisk.web;

/**
 * A named resource that does not exist: answered with 404.
 */
public class NotFoundException extends RuntimeException {

	private final String field;

	private NotFoundException(String field, String detail) {
		super(detail);
		this.field = field;
	}

	public static NotFoundException forSymbol(String symbol) {
		return new NotFoundException("symbol", "No LSD with symbol '" + symbol + "' (symbols are case-insensitive)");
	}

	public static NotFoundException of(String field, String detail) {
		return new NotFoundException(field, detail);
	}

	public String field() {
		return this.field;
	}

}
