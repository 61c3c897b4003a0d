package io.lsdrisk.fuzz;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates requests from {@code openapi.yaml}, valid, boundary and malformed (wrong
 * types, missing fields, huge numbers, NaN, empty and oversized bodies, wrong content
 * types, odd path and query values, no key), and sends them to the running service. Every
 * answer must be below 500, every error a problem+json, and none may leak a stack trace
 * or SQL. Deterministic: the generator is seeded.
 */
@IntegrationTest
class ApiFuzzIntegrationTests {

	static final int TOTAL_REQUESTS = 10_500;

	static final String SYMBOL = "fuzzETH";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	record Operation(String method, String path, Map<String, Object> spec) {
	}

	record Outcome(String request, int status, String contentType, String body) {
	}

	@Test
	void noRequestFromTheContractBreaksTheService() throws Exception {
		Api api = new Api(this.port);
		api.postJson("/api/v1/lsds", Map.of("symbol", SYMBOL, "name", "Fuzz", "protocol", "Fuzz", "tokenModel",
				"NON_REBASING", "underlying", "ETH", "withdrawalsEnabledAt", "2023-04-12"));
		List<Operation> operations = operations();
		int perOperation = (TOTAL_REQUESTS + operations.size() - 1) / operations.size();
		List<HttpRequest> requests = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(20261126L);
		for (Operation operation : operations) {
			RequestFactory factory = new RequestFactory(api, operation, random.split());
			for (int i = 0; i < perOperation; i++) {
				RequestFactory.Built built = factory.next(i);
				requests.add(built.request());
				labels.add(built.label());
			}
		}
		List<Outcome> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger sent = new AtomicInteger();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			HttpRequest request = requests.get(i);
			String label = labels.get(i);
			futures.add(pool.submit(() -> {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				sent.incrementAndGet();
				String type = response.headers().firstValue("Content-Type").orElse("");
				String body = response.body();
				boolean broken = response.statusCode() >= 500
						|| (response.statusCode() >= 400 && !type.startsWith("application/problem+json"))
						|| body.contains("Exception") || body.contains("\tat ")
						|| body.matches("(?s).*\\b(SELECT|INSERT INTO|ERROR:)\\b.*");
				if (broken) {
					failures.add(new Outcome(label, response.statusCode(), type,
							body.substring(0, Math.min(300, body.length()))));
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		assertThat(sent.get()).isGreaterThanOrEqualTo(10_000);
		assertThat(failures)
			.as("%d of %d requests broke the rules; first: %s", failures.size(), sent.get(),
					failures.subList(0, Math.min(10, failures.size())))
			.isEmpty();
	}

	@SuppressWarnings("unchecked")
	static List<Operation> operations() throws Exception {
		Map<String, Object> contract;
		try (InputStream in = ApiFuzzIntegrationTests.class.getResourceAsStream("/openapi.yaml")) {
			contract = new Yaml().load(in);
		}
		List<Operation> operations = new ArrayList<>();
		Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) contract.get("paths");
		paths.forEach((path, item) -> item.forEach((method, spec) -> operations
			.add(new Operation(method.toUpperCase(), path, (Map<String, Object>) spec))));
		return operations;
	}

	/**
	 * Builds the i-th request for one operation: first the documented example, then
	 * mutations.
	 */
	static final class RequestFactory {

		private static final String[] ODD_VALUES = { "", " ", "-1", "0", "1e309", "-1e309", "NaN", "Infinity",
				"99999999999999999999999", "true", "null", "[]", "{}", "%00", "é€😀", "../../etc/passwd",
				"2024-13-45T99:99:99Z", "x".repeat(3000), "'; drop table pool_state; --" };

		private static final Object[] ODD_JSON = { "x", true, List.of(), Map.of(), -1, 0, 1e308, -1e308, "NaN",
				"Infinity", Long.MAX_VALUE, "9".repeat(400), "2024-13-45", "y".repeat(5000), null };

		private final Api api;

		private final Operation operation;

		private final SplittableRandom random;

		record Built(HttpRequest request, String label) {
		}

		RequestFactory(Api api, Operation operation, SplittableRandom random) {
			this.api = api;
			this.operation = operation;
			this.random = random;
		}

		Built next(int i) {
			Map<String, String> pathValues = new LinkedHashMap<>();
			Map<String, String> query = new LinkedHashMap<>();
			for (Map<String, Object> parameter : parameters()) {
				String name = (String) parameter.get("name");
				String value = exampleValue(parameter);
				if ("path".equals(parameter.get("in"))) {
					pathValues.put(name, value);
				}
				else if (value != null) {
					query.put(name, value);
				}
			}
			String contentType = contentTypes().isEmpty() ? null : contentTypes().get(0);
			String body = (contentType != null) ? exampleBody(contentType) : null;
			boolean withKey = true;
			String kind = "example";
			if (i > 0) {
				int choice = this.random.nextInt(10);
				kind = "mutation " + choice;
				switch (choice) {
					case 0, 1, 2 -> body = mutateJson(body);
					case 3 -> body = brokenBody();
					case 4 -> contentType = pick(new String[] { "text/plain", "application/xml", "text/csv",
							"application/json", "multipart/form-data; boundary=x", "" });
					case 5 -> {
						if (!pathValues.isEmpty()) {
							String name = pathValues.keySet().iterator().next();
							pathValues.put(name, pick(ODD_VALUES));
						}
						else {
							body = mutateJson(body);
						}
					}
					case 6, 7 -> {
						if (!query.isEmpty() || !parameters().isEmpty()) {
							for (Map<String, Object> parameter : parameters()) {
								if ("query".equals(parameter.get("in")) && this.random.nextBoolean()) {
									query.put((String) parameter.get("name"), pick(ODD_VALUES));
								}
							}
						}
						else {
							body = mutateJson(body);
						}
					}
					case 8 -> withKey = false;
					default -> {
						query.clear();
						body = (body != null && this.random.nextBoolean()) ? "" : body;
					}
				}
			}
			String path = this.operation.path();
			for (Map.Entry<String, String> entry : pathValues.entrySet()) {
				path = path.replace("{" + entry.getKey() + "}", encode(entry.getValue()));
			}
			StringBuilder uri = new StringBuilder(path);
			char separator = '?';
			for (Map.Entry<String, String> entry : query.entrySet()) {
				uri.append(separator).append(entry.getKey()).append('=').append(encode(entry.getValue()));
				separator = '&';
			}
			HttpRequest.Builder builder = HttpRequest.newBuilder(this.api.uri(uri.toString()))
				.timeout(Duration.ofSeconds(30));
			if (withKey) {
				builder.header("X-API-Key", Api.KEY);
			}
			if (contentType != null && !contentType.isEmpty()) {
				builder.header("Content-Type", contentType);
			}
			HttpRequest.BodyPublisher publisher = (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody();
			builder.method(this.operation.method(), publisher);
			String label = this.operation.method() + " " + uri + " [" + kind + "] "
					+ ((body != null) ? body.substring(0, Math.min(200, body.length())) : "");
			return new Built(builder.build(), label);
		}

		private String exampleValue(Map<String, Object> parameter) {
			String name = (String) parameter.get("name");
			switch (name) {
				case "symbol":
					return SYMBOL;
				case "venue":
					return "curve-fuzz";
				case "market":
					return "aave-fuzz";
				default:
			}
			Object example = parameter.get("example");
			if (example != null) {
				return String.valueOf(example);
			}
			return Boolean.TRUE.equals(parameter.get("required")) ? "1" : null;
		}

		@SuppressWarnings("unchecked")
		private List<Map<String, Object>> parameters() {
			Object parameters = this.operation.spec().get("parameters");
			return (parameters instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
		}

		@SuppressWarnings("unchecked")
		private List<String> contentTypes() {
			Map<String, Object> body = (Map<String, Object>) this.operation.spec().get("requestBody");
			if (body == null) {
				return List.of();
			}
			return new ArrayList<>(((Map<String, Object>) body.get("content")).keySet());
		}

		@SuppressWarnings("unchecked")
		private String exampleBody(String contentType) {
			Map<String, Object> body = (Map<String, Object>) this.operation.spec().get("requestBody");
			Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) body.get("content"))
				.get(contentType);
			Object example = media.get("example");
			if (example == null && media.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty()) {
				example = ((Map<String, Object>) examples.values().iterator().next()).get("value");
			}
			if (example == null) {
				return "{}";
			}
			return (example instanceof String text) ? text : JSON.writeValueAsString(example);
		}

		@SuppressWarnings("unchecked")
		private String mutateJson(String body) {
			if (body == null) {
				return null;
			}
			Object tree;
			try {
				tree = JSON.readValue(body, Object.class);
			}
			catch (RuntimeException ex) {
				return body + pick(new String[] { ",", "\"", "\n,,", "\u0000" });
			}
			Object target = tree;
			if (target instanceof List<?> list && !list.isEmpty()) {
				if (this.random.nextInt(4) == 0) {
					// A batch far over any limit.
					List<Object> big = new ArrayList<>();
					for (int n = 0; n < 12_000; n++) {
						big.add(list.get(0));
					}
					return JSON.writeValueAsString(big);
				}
				target = list.get(this.random.nextInt(list.size()));
			}
			if (target instanceof Map<?, ?> map && !map.isEmpty()) {
				Map<String, Object> object = (Map<String, Object>) map;
				List<String> keys = new ArrayList<>(object.keySet());
				String key = keys.get(this.random.nextInt(keys.size()));
				int how = this.random.nextInt(4);
				if (how == 0) {
					object.remove(key);
				}
				else if (how == 1) {
					object.put("unknownField" + this.random.nextInt(10), 1);
				}
				else {
					Object value = object.get(key);
					if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
						Map<String, Object> inner = (Map<String, Object>) nested;
						String innerKey = new ArrayList<>(inner.keySet()).get(this.random.nextInt(inner.size()));
						inner.put(innerKey, ODD_JSON[this.random.nextInt(ODD_JSON.length)]);
					}
					else if (value instanceof List<?> nestedList && !nestedList.isEmpty()
							&& nestedList.get(0) instanceof Map<?, ?> first) {
						Map<String, Object> inner = (Map<String, Object>) first;
						String innerKey = new ArrayList<>(inner.keySet()).get(this.random.nextInt(inner.size()));
						inner.put(innerKey, ODD_JSON[this.random.nextInt(ODD_JSON.length)]);
					}
					else {
						object.put(key, ODD_JSON[this.random.nextInt(ODD_JSON.length)]);
					}
				}
			}
			String text = JSON.writeValueAsString(tree);
			// Literals JSON libraries refuse to write: huge exponents and bare NaN.
			return switch (this.random.nextInt(6)) {
				case 0 -> text.replaceFirst(":\\s*(-?[0-9.]+)", ":1e999");
				case 1 -> text.replaceFirst(":\\s*(-?[0-9.]+)", ":NaN");
				default -> text;
			};
		}

		private String brokenBody() {
			return switch (this.random.nextInt(7)) {
				case 0 -> "";
				case 1 -> "null";
				case 2 -> "[]";
				case 3 -> "{}";
				case 4 -> "{\"a\":";
				case 5 -> "\u0000\u0001garbage\uFFFF";
				default -> "[" + "{},".repeat(20_000) + "{}]";
			};
		}

		private String pick(String[] values) {
			return values[this.random.nextInt(values.length)];
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
		}

	}

}
