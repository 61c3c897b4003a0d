package io.lsdrisk.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;

import io.lsdrisk.LsdRiskProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes under {@code /api/} need a key in {@code X-API-Key}; reads are open, and so are
 * the POST operations that only compute ({@link #COMPUTATIONS},
 * {@code /api/v1/options/**}). Keys are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, so the time taken tells nothing about how much of a
 * guess was right, nor about the keys' lengths.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * POST operations that only compute from their input and the stored data, storing
	 * nothing: reads, so open like every GET.
	 */
	static final Set<String> COMPUTATIONS = Set.of("/api/v1/collateral/health", "/api/v1/collateral/leverage-loop",
			"/api/v1/collateral/stress", "/api/v1/depeg/probability", "/api/v1/liquidity/stableswap/quote",
			"/api/v1/valuation");

	static final String COMPUTATION_PREFIX = "/api/v1/options/";

	private final List<byte[]> keyDigests;

	private final ProblemWriter problems;

	ApiKeyFilter(LsdRiskProperties properties, ProblemWriter problems) {
		this.keyDigests = properties.security()
			.apiKeys()
			.stream()
			.map(String::strip)
			.filter((key) -> !key.isEmpty())
			.map(ApiKeyFilter::digest)
			.toList();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !needsKey(request.getMethod(), request.getRequestURI());
	}

	/**
	 * Whether a request needs an API key: a write under {@code /api/} that is not a
	 * computation. The contract declares each operation's security with this rule.
	 * @param method the HTTP method, upper-case
	 * @param path the request path (or an operation's path template)
	 * @return true when the key is needed
	 */
	static boolean needsKey(String method, String path) {
		return path.startsWith("/api/") && !READ_METHODS.contains(method) && !COMPUTATIONS.contains(path)
				&& !path.startsWith(COMPUTATION_PREFIX);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HEADER);
		if (presented != null && isValid(presented)) {
			chain.doFilter(request, response);
			return;
		}
		String detail = (presented == null) ? "Writes need an API key in the X-API-Key header"
				: "The API key in X-API-Key is not valid";
		response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
		this.problems.write(response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail,
				List.of(new FieldViolation(HEADER, detail)), "api_key");
	}

	private boolean isValid(String presented) {
		byte[] candidate = digest(presented.strip());
		boolean match = false;
		for (byte[] key : this.keyDigests) {
			// No early exit: every key is compared whatever the outcome.
			match |= MessageDigest.isEqual(key, candidate);
		}
		return match;
	}

	private static byte[] digest(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
