package io.lsdrisk.web;

import tools.jackson.core.JacksonException;

/**
 * Renders the location of a JSON reading error as a field path
 * ({@code states[2].observedAt}).
 */
public final class JsonPaths {

	private JsonPaths() {
	}

	public static String of(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
