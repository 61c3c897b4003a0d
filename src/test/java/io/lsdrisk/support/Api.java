package io.lsdrisk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for integration tests, so that they exercise the real server with
 * its filters, limits and error pages.
 */
public final class Api {

	public static final String KEY = "test-key";

	// Decimals are read exactly, so tests can compare them digit for digit.
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A symbol no other test uses. */
	public static String uniqueSymbol(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	public Response get(String path, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
	}

	public Response post(String path, String contentType, String body) {
		return send(write(path, contentType, KEY).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Response postJson(String path, Object body) {
		return post(path, "application/json", (body instanceof String text) ? text : JSON.writeValueAsString(body));
	}

	public Response put(String path, String contentType, String body) {
		return send(write(path, contentType, KEY).PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder write(String path, String contentType, String key) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType);
		return (key != null) ? builder.header("X-API-Key", key) : builder;
	}

	public URI uri(String path) {
		return URI.create(this.base + path);
	}

	/**
	 * @param status HTTP status
	 * @param contentType the Content-Type header
	 * @param body the body as text
	 */
	public record Response(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

	}

}
