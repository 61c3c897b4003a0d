package io.lsdrisk.chain;

import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import io.lsdrisk.chain.abi.Abi;
import io.lsdrisk.chain.rpc.JsonRpcClient;
import io.lsdrisk.chain.rpc.RpcErrorAnswerException;
import io.lsdrisk.chain.rpc.RpcMalformedAnswerException;
import io.lsdrisk.chain.rpc.RpcRevertedException;
import io.lsdrisk.chain.rpc.RpcSettings;
import io.lsdrisk.chain.rpc.RpcUnavailableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client against a loopback JSON-RPC stub: what it sends, and how it treats slow
 * answers, HTTP 429 with Retry-After, server errors, reverts, garbage and a failing node
 * (circuit breaker). Timeouts and backoffs are milliseconds so the class runs in about a
 * second; the timeout below only guards against a hang.
 */
@Timeout(30)
class JsonRpcClientTests {

	static final JsonRpcStub stub = new JsonRpcStub();

	static final String RETH = "0xae78736Cd615f374D3085123A210448E74Fc6393";

	SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@AfterAll
	static void stop() {
		stub.close();
	}

	@BeforeEach
	void reset() {
		stub.reset();
		// rETH getExchangeRate() = 1.000015332778 (db/sample, block 13343040), 18
		// decimals.
		stub.uint(RETH, "getExchangeRate()", (block) -> new BigInteger("1000015332778000000"));
	}

	JsonRpcClient client(int maxAttempts, Duration requestTimeout, Duration initialBackoff, int breakerMinimumCalls) {
		RpcSettings settings = new RpcSettings(URI.create(stub.url()), Duration.ofSeconds(2), requestTimeout,
				maxAttempts, initialBackoff, 2.0, Duration.ofSeconds(1), Duration.ofSeconds(5), 50f,
				breakerMinimumCalls, breakerMinimumCalls, Duration.ofSeconds(60));
		return new JsonRpcClient(settings, JsonMapper.builder().build(), this.meters);
	}

	JsonRpcClient client() {
		return client(3, Duration.ofMillis(500), Duration.ofMillis(5), 100);
	}

	byte[] getExchangeRate() {
		return Abi.encodeCall("getExchangeRate()", java.util.List.of());
	}

	@Test
	void ethCallNamesTheBlockExplicitlyAndReturnsTheWord() {
		byte[] answer = client().call(RETH, getExchangeRate(), 13_343_040);
		assertThat(Abi.decodeUint256(answer)).isEqualTo(new BigInteger("1000015332778000000"));
		assertThat(stub.requests).containsExactly("eth_call " + RETH.toLowerCase() + ":e6aa216c@13343040");
	}

	@Test
	void blockNumberAndTimestampAreReadFromHexQuantities() {
		stub.head = 17_034_870;
		JsonRpcClient client = client();
		assertThat(client.blockNumber()).isEqualTo(17_034_870L);
		// The stub's block n is at 1438269973 + 12 n seconds.
		assertThat(client.block(17_000_000).timestamp())
			.isEqualTo(Instant.ofEpochSecond(1_438_269_973L + 12 * 17_000_000L));
		assertThatThrownBy(() -> client.block(17_034_871)).isInstanceOf(RpcMalformedAnswerException.class)
			.hasMessageContaining("no block 17034871");
	}

	@Test
	void aSlowAnswerTimesOutAndTheRetrySucceeds() {
		stub.faults = (request) -> (request.index() == 0) ? JsonRpcStub.Fault.delay(1500) : null;
		byte[] answer = client(3, Duration.ofMillis(200), Duration.ofMillis(5), 100).call(RETH, getExchangeRate(), 1);
		assertThat(Abi.decodeUint256(answer)).isEqualTo(new BigInteger("1000015332778000000"));
		assertThat(stub.requests).hasSize(2);
		assertThat(this.meters.get("lsdrisk.chain.rpc").tag("outcome", "unavailable").timer().count()).isEqualTo(1);
	}

	@Test
	void aNodeThatNeverAnswersInTimeFailsAfterTheConfiguredAttempts() {
		stub.faults = (request) -> JsonRpcStub.Fault.delay(1000);
		assertThatThrownBy(
				() -> client(2, Duration.ofMillis(150), Duration.ofMillis(5), 100).call(RETH, getExchangeRate(), 1))
			.isInstanceOf(RpcUnavailableException.class)
			.hasMessageContaining("eth_call failed after 2 attempt(s)")
			.hasMessageContaining("Timeout");
		assertThat(stub.requests).hasSize(2);
	}

	@Test
	void http429IsRetriedAfterTheWaitItAsksFor() {
		// Retry-After 0 with a 20 s backoff: only honouring the header lets this finish
		// before the class timeout.
		stub.faults = (request) -> (request.index() < 2) ? JsonRpcStub.Fault.status(429, "0") : null;
		byte[] answer = client(3, Duration.ofMillis(500), Duration.ofSeconds(20), 100).call(RETH, getExchangeRate(), 1);
		assertThat(Abi.decodeUint256(answer)).isEqualTo(new BigInteger("1000015332778000000"));
		assertThat(stub.requests).hasSize(3);
		assertThat(this.meters.get("lsdrisk.chain.rpc").tag("outcome", "rate_limited").timer().count()).isEqualTo(2);
	}

	@Test
	void aRetryAfterAsAnHttpDateInThePastMeansNoWait() {
		stub.faults = (request) -> (request.index() == 0)
				? JsonRpcStub.Fault.status(429, "Wed, 21 Oct 2015 07:28:00 GMT") : null;
		assertThat(client(2, Duration.ofMillis(500), Duration.ofSeconds(20), 100).call(RETH, getExchangeRate(), 1))
			.hasSize(32);
	}

	@Test
	void aRetryAfterLongerThanTheLimitFailsAtOnce() {
		stub.faults = (request) -> JsonRpcStub.Fault.status(429, "3600");
		assertThatThrownBy(() -> client().call(RETH, getExchangeRate(), 1)).isInstanceOf(RpcUnavailableException.class)
			.hasMessageContaining("asks to wait PT1H");
		assertThat(stub.requests).hasSize(1);
	}

	@Test
	void aJsonRpcRateLimitErrorIsRetried() {
		stub.faults = (request) -> (request.index() == 0) ? JsonRpcStub.Fault
			.body("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32005,\"message\":\"request rate exceeded\"}}")
				: null;
		assertThat(client().call(RETH, getExchangeRate(), 1)).hasSize(32);
		assertThat(stub.requests).hasSize(2);
	}

	@Test
	void serverErrorsAreRetried() {
		stub.faults = (request) -> (request.index() == 0) ? JsonRpcStub.Fault.status(502, null) : null;
		assertThat(client().call(RETH, getExchangeRate(), 1)).hasSize(32);
		assertThat(stub.requests).hasSize(2);
	}

	@Test
	void aRevertIsRejectedWithTheNodesReasonAndNotRetried() {
		stub.contract(RETH, "getExchangeRate()",
				(block, data) -> JsonRpcStub.Reply.error(3, "execution reverted: not deployed"));
		assertThatThrownBy(() -> client().call(RETH, getExchangeRate(), 1)).isInstanceOf(RpcRevertedException.class)
			.hasMessageContaining("execution reverted: not deployed");
		assertThat(stub.requests).hasSize(1);
	}

	@Test
	void otherJsonRpcErrorsAreRejectedAndNotRetried() {
		stub.contract(RETH, "getExchangeRate()",
				(block, data) -> JsonRpcStub.Reply.error(-32000, "missing trie node abc (path )"));
		assertThatThrownBy(() -> client().call(RETH, getExchangeRate(), 1)).isInstanceOf(RpcErrorAnswerException.class)
			.isNotInstanceOf(RpcRevertedException.class)
			.hasMessageContaining("missing trie node");
		assertThat(stub.requests).hasSize(1);
	}

	@Test
	void garbageAnswersAreRejectedWithTheReason() {
		JsonRpcClient client = client();
		stub.faults = (request) -> JsonRpcStub.Fault.body("<html>502 Bad Gateway</html>");
		assertThatThrownBy(() -> client.call(RETH, getExchangeRate(), 1))
			.isInstanceOf(RpcMalformedAnswerException.class)
			.hasMessageContaining("not JSON");
		stub.faults = (request) -> JsonRpcStub.Fault
			.body("{\"jsonrpc\":\"2.0\",\"id\":" + (request.index() + 2) + ",\"result\":\"0x00\"}");
		assertThatThrownBy(() -> client.call(RETH, getExchangeRate(), 1))
			.isInstanceOf(RpcMalformedAnswerException.class)
			.hasMessageContaining("instead of");
		stub.faults = (request) -> null;
		stub.contract(RETH, "getExchangeRate()", (block, data) -> JsonRpcStub.Reply.raw("0xzz"));
		assertThatThrownBy(() -> client.call(RETH, getExchangeRate(), 1))
			.isInstanceOf(RpcMalformedAnswerException.class)
			.hasMessageContaining("where hex data");
		stub.contract(RETH, "getExchangeRate()", (block, data) -> JsonRpcStub.Reply.raw("0x123"));
		assertThatThrownBy(() -> client.call(RETH, getExchangeRate(), 1))
			.isInstanceOf(RpcMalformedAnswerException.class);
		// Garbage is not retried: one request per call.
		assertThat(stub.requests).hasSize(4);
	}

	@Test
	void theBreakerOpensAfterRepeatedFailuresAndThenSendsNothing() {
		JsonRpcClient client = client(1, Duration.ofMillis(500), Duration.ofMillis(5), 4);
		stub.faults = (request) -> JsonRpcStub.Fault.status(503, null);
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> client.call(RETH, getExchangeRate(), 1))
				.isInstanceOf(RpcUnavailableException.class)
				.hasMessageContaining("HTTP 503");
		}
		assertThat(client.breakerState()).isEqualTo("OPEN");
		assertThatThrownBy(() -> client.call(RETH, getExchangeRate(), 1)).isInstanceOf(RpcUnavailableException.class)
			.hasMessageContaining("circuit breaker open");
		assertThat(stub.requests).hasSize(4);
	}

	@Test
	void revertsDoNotOpenTheBreaker() {
		JsonRpcClient client = client(1, Duration.ofMillis(500), Duration.ofMillis(5), 4);
		stub.contract(RETH, "getExchangeRate()", (block, data) -> JsonRpcStub.Reply.error(3, "execution reverted"));
		for (int i = 0; i < 6; i++) {
			assertThatThrownBy(() -> client.call(RETH, getExchangeRate(), 1)).isInstanceOf(RpcRevertedException.class);
		}
		assertThat(client.breakerState()).isEqualTo("CLOSED");
	}

	@Test
	void theCallDataIsSentAsHex() {
		client().call(RETH, HexFormat.of().parseHex("e6aa216c"), 255);
		assertThat(stub.requests).containsExactly("eth_call " + RETH.toLowerCase() + ":e6aa216c@255");
	}

}
