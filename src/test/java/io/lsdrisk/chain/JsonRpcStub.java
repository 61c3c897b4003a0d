package io.lsdrisk.chain;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongUnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lsdrisk.chain.abi.Abi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-RPC node on the loopback interface for tests: blocks with a timestamp function,
 * a head, contracts answering {@code eth_call} per (address, selector) and block, and an
 * optional fault hook that can delay, rate-limit or garble any request. Answers are
 * ABI-encoded by {@link Abi#toWord}, so the client's decoding is tested against plain
 * big-endian words.
 */
final class JsonRpcStub implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static {
		// Without it, the answer's header and body writes meet the client's delayed ACK:
		// 40
		// ms a request on Linux.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private final HttpServer server;

	private final Map<String, Contract> contracts = new ConcurrentHashMap<>();

	/** Every request received: method, and for eth_call "to:selector@block". */
	final List<String> requests = new CopyOnWriteArrayList<>();

	volatile long head = 20_000_000;

	/** Unix seconds of each block. */
	volatile LongUnaryOperator timestamps = (number) -> 1_438_269_973L + 12 * number;

	volatile Function<Request, Fault> faults = (request) -> null;

	JsonRpcStub() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/rpc";
	}

	/** Answers calls of {@code signature} at {@code address} with one word per block. */
	void uint(String address, String signature, LongFunction<BigInteger> valueAtBlock) {
		contract(address, signature, (block, data) -> Reply.data(Abi.toWord(valueAtBlock.apply(block))));
	}

	void contract(String address, String signature, Contract contract) {
		this.contracts.put(key(address, HexFormat.of().formatHex(Abi.selector(signature))), contract);
	}

	void reset() {
		this.contracts.clear();
		this.requests.clear();
		this.faults = (request) -> null;
		this.head = 20_000_000;
		this.timestamps = (number) -> 1_438_269_973L + 12 * number;
	}

	long count(String prefix) {
		return this.requests.stream().filter((request) -> request.startsWith(prefix)).count();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private static String key(String address, String selectorHex) {
		return address.toLowerCase(Locale.ROOT) + ":" + selectorHex;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			JsonNode request = JSON.readTree(body);
			String method = request.get("method").asString();
			JsonNode params = request.get("params");
			JsonNode id = request.get("id");
			Request seen = new Request(method, params, this.requests.size());
			this.requests.add(describe(method, params));
			Fault fault = this.faults.apply(seen);
			if (fault != null) {
				if (fault.delayMillis > 0) {
					sleep(fault.delayMillis);
				}
				if (fault.status != 0) {
					if (fault.retryAfter != null) {
						exchange.getResponseHeaders().add("Retry-After", fault.retryAfter);
					}
					send(exchange, fault.status, (fault.body != null) ? fault.body : "");
					return;
				}
				if (fault.body != null) {
					send(exchange, 200, fault.body);
					return;
				}
			}
			send(exchange, 200, answer(method, params, id));
		}
	}

	private String answer(String method, JsonNode params, JsonNode id) {
		String result;
		switch (method) {
			case "eth_blockNumber" -> result = quoted("0x" + Long.toHexString(this.head));
			case "eth_getBlockByNumber" -> {
				long number = Long.parseLong(params.get(0).asString().substring(2), 16);
				result = (number > this.head) ? "null"
						: "{\"number\":\"0x" + Long.toHexString(number) + "\",\"timestamp\":\"0x"
								+ Long.toHexString(this.timestamps.applyAsLong(number))
								+ "\",\"hash\":\"0x00\",\"transactions\":[]}";
			}
			case "eth_call" -> {
				String to = params.get(0).get("to").asString();
				String data = params.get(0).get("data").asString().substring(2);
				long block = Long.parseLong(params.get(1).asString().substring(2), 16);
				Contract contract = this.contracts.get(key(to, data.substring(0, 8)));
				Reply reply = (contract != null) ? contract.answer(block, HexFormat.of().parseHex(data))
						: Reply.data(new byte[0]);
				if (reply.errorCode != null) {
					return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":" + reply.errorCode
							+ ",\"message\":" + quoted(reply.errorMessage) + "}}";
				}
				result = quoted(reply.raw != null ? reply.raw : Abi.hex(reply.data));
			}
			default -> {
				return "{\"jsonrpc\":\"2.0\",\"id\":" + id
						+ ",\"error\":{\"code\":-32601,\"message\":\"method not found\"}}";
			}
		}
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + result + "}";
	}

	private static String describe(String method, JsonNode params) {
		if ("eth_call".equals(method)) {
			String data = params.get(0).get("data").asString();
			return "eth_call " + params.get(0).get("to").asString().toLowerCase(Locale.ROOT) + ":"
					+ data.substring(2, 10) + "@" + Long.parseLong(params.get(1).asString().substring(2), 16);
		}
		if ("eth_getBlockByNumber".equals(method)) {
			return "eth_getBlockByNumber " + Long.parseLong(params.get(0).asString().substring(2), 16);
		}
		return method;
	}

	private static String quoted(String text) {
		return JSON.writeValueAsString(text);
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * @param method JSON-RPC method
	 * @param params its parameters
	 * @param index requests received before this one
	 */
	record Request(String method, JsonNode params, int index) {
	}

	/** Answers one eth_call at a block. */
	@FunctionalInterface
	interface Contract {

		Reply answer(long block, byte[] data);

	}

	/** An eth_call answer: data, a hex string as is, or a JSON-RPC error. */
	record Reply(byte[] data, String raw, Integer errorCode, String errorMessage) {

		static Reply data(byte[] data) {
			return new Reply(data, null, null, null);
		}

		static Reply raw(String hex) {
			return new Reply(null, hex, null, null);
		}

		static Reply error(int code, String message) {
			return new Reply(null, null, code, message);
		}

	}

	/** What to do instead of (or before) answering. */
	record Fault(long delayMillis, int status, String retryAfter, String body) {

		static Fault delay(long millis) {
			return new Fault(millis, 0, null, null);
		}

		static Fault status(int status, String retryAfter) {
			return new Fault(0, status, retryAfter, null);
		}

		static Fault body(String body) {
			return new Fault(0, 0, null, body);
		}

	}

}
