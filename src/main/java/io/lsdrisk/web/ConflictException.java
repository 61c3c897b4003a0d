package io.lsdrisk.web;

import java.util.List;

/**
 * A write that contradicts stored data: answered with 409 and the conflicting items.
 */
public class ConflictException extends RuntimeException {

	private final transient List<?> conflicts;

	public ConflictException(String detail, List<?> conflicts) {
		super(detail);
		this.conflicts = List.copyOf(conflicts);
	}

	public List<?> conflicts() {
		return this.conflicts;
	}

}
