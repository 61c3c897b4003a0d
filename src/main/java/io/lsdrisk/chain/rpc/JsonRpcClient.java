package io.lsdrisk.chain.rpc;

import java.math.BigInteger;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The JSON-RPC methods the feeds need ({@code eth_blockNumber},
 * {@code eth_getBlockByNumber}, {@code eth_call} at an explicit block), over HTTP with
 * Spring's {@link RestClient}.
 * <p>
 * Faults: each attempt has a timeout; timeouts, connection errors, HTTP 5xx and rate
 * limits (HTTP 429, JSON-RPC -32005) are retried with exponential backoff, waiting what
 * {@code Retry-After} asks when the node says; a Resilience4j circuit breaker counts
 * every attempt and, once open, fails calls at once. An answer the node means (a revert,
 * any other JSON-RPC error) is not retried and does not count against the node; a
 * malformed answer is not retried and does count.
 */
public class JsonRpcClient {

	private static final Logger log = LoggerFactory.getLogger(JsonRpcClient.class);

	/** Largest answer read; anything longer is garbage for the calls made here. */
	private static final int MAX_ANSWER_BYTES = 1 << 20;

	private static final Pattern DATA = Pattern.compile("0x([0-9a-fA-F]{2})*");

	private static final Pattern QUANTITY = Pattern.compile("0x[0-9a-fA-F]{1,64}");

	private final RpcSettings settings;

	private final RestClient rest;

	private final JsonMapper json;

	private final CircuitBreaker breaker;

	private final MeterRegistry meters;

	private final AtomicLong ids = new AtomicLong();

	public JsonRpcClient(RpcSettings settings, JsonMapper json, MeterRegistry meters) {
		this.settings = settings;
		this.json = json;
		this.meters = meters;
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(settings.requestTimeout());
		this.rest = RestClient.builder().requestFactory(factory).baseUrl(settings.url().toString()).build();
		this.breaker = CircuitBreaker.of("ethereum-rpc",
				CircuitBreakerConfig.custom()
					.failureRateThreshold(settings.breakerFailureRatePercent())
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(settings.breakerWindowSize())
					.minimumNumberOfCalls(settings.breakerMinimumCalls())
					.waitDurationInOpenState(settings.breakerOpenDuration())
					.permittedNumberOfCallsInHalfOpenState(1)
					.ignoreExceptions(RpcErrorAnswerException.class)
					.build());
	}

	/**
	 * The state of the circuit breaker (CLOSED, OPEN, HALF_OPEN), for health and tests.
	 */
	public String breakerState() {
		return this.breaker.getState().name();
	}

	/** {@code eth_blockNumber}: the node's latest block. */
	public long blockNumber() {
		return quantity(call("eth_blockNumber", List.of()), "eth_blockNumber").longValueExact();
	}

	/**
	 * {@code eth_getBlockByNumber(number, false)}: the block's number and timestamp.
	 * @throws RpcMalformedAnswerException when the node has no such block
	 */
	public BlockHeader block(long number) {
		JsonNode result = call("eth_getBlockByNumber", List.of(hexQuantity(number), false));
		if (result == null || result.isNull()) {
			throw new RpcMalformedAnswerException("the node has no block " + number);
		}
		if (!result.isObject()) {
			throw new RpcMalformedAnswerException(
					"eth_getBlockByNumber answered a " + result.getNodeType() + " where a block object was expected");
		}
		long answered = quantity(result.get("number"), "block number").longValueExact();
		if (answered != number) {
			throw new RpcMalformedAnswerException("asked for block " + number + ", got block " + answered);
		}
		long seconds = quantity(result.get("timestamp"), "block timestamp").longValueExact();
		return new BlockHeader(number, Instant.ofEpochSecond(seconds));
	}

	/**
	 * {@code eth_call} at an explicit block.
	 * @param to contract address (0x and 40 hex digits)
	 * @param data call data
	 * @param blockNumber the block whose state is read
	 * @return the return data, possibly empty
	 * @throws RpcRevertedException when the call reverted
	 */
	public byte[] call(String to, byte[] data, long blockNumber) {
		Map<String, Object> transaction = new LinkedHashMap<>();
		transaction.put("to", to);
		transaction.put("data", "0x" + HexFormat.of().formatHex(data));
		JsonNode result = call("eth_call", List.of(transaction, hexQuantity(blockNumber)));
		if (result == null || !result.isString() || !DATA.matcher(result.asString()).matches()) {
			throw new RpcMalformedAnswerException("eth_call answered " + abbreviate(String.valueOf(result))
					+ " where hex data (0x and an even number of hex digits) was expected");
		}
		return HexFormat.of().parseHex(result.asString().substring(2));
	}

	private JsonNode call(String method, List<Object> params) {
		int attempt = 1;
		while (true) {
			try {
				return this.breaker.executeCallable(() -> timed(method, params));
			}
			catch (CallNotPermittedException ex) {
				throw new RpcUnavailableException("circuit breaker open after repeated node failures; " + method
						+ " not sent (retried after " + this.settings.breakerOpenDuration() + ")");
			}
			catch (TransientFailure ex) {
				if (attempt >= this.settings.maxAttempts()) {
					throw new RpcUnavailableException(
							method + " failed after " + attempt + " attempt(s): " + ex.getMessage(), ex);
				}
				Duration wait = this.settings.backoff(attempt);
				if (ex.retryAfter != null) {
					if (ex.retryAfter.compareTo(this.settings.maxRetryAfter()) > 0) {
						throw new RpcUnavailableException(method + " rate-limited; the node asks to wait "
								+ ex.retryAfter + ", longer than lsdrisk.chain.retry.max-retry-after", ex);
					}
					wait = ex.retryAfter;
				}
				log.debug("{} attempt {} failed ({}); retrying in {}", method, attempt, ex.getMessage(), wait);
				sleep(wait);
				attempt++;
			}
			catch (RpcException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new RpcUnavailableException(method + " failed: " + ex.getMessage(), ex);
			}
		}
	}

	private JsonNode timed(String method, List<Object> params) {
		long start = System.nanoTime();
		String outcome = "success";
		try {
			return once(method, params);
		}
		catch (TransientFailure ex) {
			outcome = (ex.retryAfter != null || ex.rateLimited) ? "rate_limited" : "unavailable";
			throw ex;
		}
		catch (RpcRevertedException ex) {
			outcome = "reverted";
			throw ex;
		}
		catch (RpcErrorAnswerException ex) {
			outcome = "error_answer";
			throw ex;
		}
		catch (RpcMalformedAnswerException ex) {
			outcome = "malformed";
			throw ex;
		}
		finally {
			Timer.builder("lsdrisk.chain.rpc")
				.description("JSON-RPC requests to the Ethereum node, per attempt")
				.tag("method", method)
				.tag("outcome", outcome)
				.register(this.meters)
				.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	private JsonNode once(String method, List<Object> params) {
		long id = this.ids.incrementAndGet();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("jsonrpc", "2.0");
		request.put("id", id);
		request.put("method", method);
		request.put("params", params);
		HttpAnswer answer;
		try {
			answer = this.rest.post()
				.contentType(MediaType.APPLICATION_JSON)
				.body(this.json.writeValueAsString(request))
				.exchange((req, response) -> new HttpAnswer(response.getStatusCode().value(),
						response.getHeaders().getFirst("Retry-After"),
						readLimited(response.getBody().readNBytes(MAX_ANSWER_BYTES + 1))));
		}
		catch (RestClientException ex) {
			throw new TransientFailure(describe(ex), null, false);
		}
		if (answer.status == 429) {
			throw new TransientFailure("HTTP 429 Too Many Requests", retryAfter(answer.retryAfter), true);
		}
		if (answer.status >= 500 || answer.status == 408) {
			throw new TransientFailure("HTTP " + answer.status, retryAfter(answer.retryAfter), false);
		}
		if (answer.status >= 300) {
			throw new RpcUnavailableException("HTTP " + answer.status + " from the node for " + method
					+ " (check lsdrisk.chain.rpc-url and any key in it)");
		}
		return result(method, id, answer.body);
	}

	private JsonNode result(String method, long id, String body) {
		if (body == null) {
			throw new RpcMalformedAnswerException(method + " answer longer than " + MAX_ANSWER_BYTES + " bytes");
		}
		JsonNode response;
		try {
			response = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new RpcMalformedAnswerException(method + " answer is not JSON: " + abbreviate(body));
		}
		if (response == null || !response.isObject()) {
			throw new RpcMalformedAnswerException(method + " answer is not a JSON-RPC object: " + abbreviate(body));
		}
		JsonNode error = response.get("error");
		if (error != null && !error.isNull()) {
			throw errorAnswer(method, error);
		}
		JsonNode answeredId = response.get("id");
		if (answeredId == null || !answeredId.isNumber() || answeredId.asLong() != id) {
			throw new RpcMalformedAnswerException(
					method + " answer carries id " + answeredId + " instead of " + id + ": " + abbreviate(body));
		}
		if (!response.has("result")) {
			throw new RpcMalformedAnswerException(method + " answer has neither result nor error: " + abbreviate(body));
		}
		return response.get("result");
	}

	private RuntimeException errorAnswer(String method, JsonNode error) {
		long code = error.path("code").asLong(0);
		String message = abbreviate(error.path("message").asString(""));
		String lower = message.toLowerCase(Locale.ROOT);
		if (code == -32005 || code == 429 || lower.contains("rate limit") || lower.contains("too many requests")) {
			throw new TransientFailure("rate-limited by JSON-RPC error " + code + ": " + message, null, true);
		}
		if (code == 3 || lower.contains("revert")) {
			return new RpcRevertedException(code, message);
		}
		return new RpcErrorAnswerException(code, method + ": " + message);
	}

	private static BigInteger quantity(JsonNode node, String what) {
		if (node == null || !node.isString() || !QUANTITY.matcher(node.asString()).matches()) {
			throw new RpcMalformedAnswerException(
					what + " is " + abbreviate(String.valueOf(node)) + ", not a hex quantity such as 0x1b4");
		}
		return new BigInteger(node.asString().substring(2), 16);
	}

	static String hexQuantity(long value) {
		return "0x" + Long.toHexString(value);
	}

	private static String readLimited(byte[] bytes) {
		return (bytes.length > MAX_ANSWER_BYTES) ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * Seconds, or an HTTP date (RFC 9110 section 10.2.3); null when absent or unreadable.
	 */
	static Duration retryAfter(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(Instant.now(), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	private static String describe(RestClientException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String name = cause.getClass().getSimpleName();
		return (cause.getMessage() != null) ? name + ": " + cause.getMessage() : name;
	}

	static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return (flat.length() > 200) ? flat.substring(0, 200) + "..." : flat;
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RpcUnavailableException("interrupted while waiting to retry");
		}
	}

	private record HttpAnswer(int status, String retryAfter, String body) {
	}

	/** A failure worth another attempt; carries the wait the node asked for, if any. */
	private static final class TransientFailure extends RuntimeException {

		private final transient Duration retryAfter;

		private final boolean rateLimited;

		TransientFailure(String message, Duration retryAfter, boolean rateLimited) {
			super(message, null, false, false);
			this.retryAfter = retryAfter;
			this.rateLimited = rateLimited;
		}

	}

}
