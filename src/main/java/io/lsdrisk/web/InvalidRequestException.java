package io.lsdrisk.web;

import java.util.List;

/**
 * Input that breaks the API's rules: answered with 400 and the violations.
 */
public class InvalidRequestException extends RuntimeException {

	private final transient List<FieldViolation> violations;

	public InvalidRequestException(String detail, List<FieldViolation> violations) {
		super(detail);
		this.violations = List.copyOf(violations);
	}

	public static InvalidRequestException of(String field, String message) {
		return new InvalidRequestException(field + ": " + message, List.of(new FieldViolation(field, message)));
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

}
