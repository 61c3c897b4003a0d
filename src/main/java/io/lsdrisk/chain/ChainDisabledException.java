package io.lsdrisk.chain;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The chain endpoints while no RPC endpoint is configured: a 409 problem, since the
 * service's configuration, not a passing condition, refuses the request (a 503 would
 * invite retries that cannot succeed).
 */
class ChainDisabledException extends ErrorResponseException {

	static final URI TYPE = URI.create("urn:lsdrisk:problem:chain-disabled");

	ChainDisabledException() {
		super(HttpStatus.CONFLICT, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"No RPC endpoint configured: set lsdrisk.chain.rpc-url (LSDRISK_CHAIN_RPC_URL) to read from an "
						+ "Ethereum node");
		problem.setType(TYPE);
		problem.setTitle("No RPC endpoint configured");
		problem.setProperty("errors", List.of());
		return problem;
	}

}
