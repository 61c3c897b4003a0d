package io.lsdrisk.web;

import java.net.URI;

/**
 * The problem {@code type} URIs this API answers with (RFC 9457 section 3.1.1).
 */
public final class ProblemTypes {

	public static final URI INVALID_REQUEST = URI.create("urn:lsdrisk:problem:invalid-request");

	public static final URI NOT_FOUND = URI.create("urn:lsdrisk:problem:not-found");

	public static final URI CONFLICT = URI.create("urn:lsdrisk:problem:conflict");

	public static final URI UNAUTHORIZED = URI.create("urn:lsdrisk:problem:unauthorized");

	public static final URI PAYLOAD_TOO_LARGE = URI.create("urn:lsdrisk:problem:payload-too-large");

	public static final URI UNAVAILABLE = URI.create("urn:lsdrisk:problem:database-unavailable");

	public static final URI INTERNAL = URI.create("urn:lsdrisk:problem:internal-error");

	private ProblemTypes() {
	}

}
