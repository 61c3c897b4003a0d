package io.lsdrisk;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.lsdrisk.support.Api;
import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code openapi.yaml} is the contract: its paths, operations (with their operationIds
 * and security), parameters, request and success-response shapes and schemas must equal
 * what the running service derives from its code at {@code /v3/api-docs}. Descriptions,
 * examples and documented error responses live only in the contract; schemas it adds for
 * problems are listed in {@link #CONTRACT_ONLY}.
 */
@IntegrationTest
class OpenApiContractTests {

	static final Set<String> CONTRACT_ONLY = Set.of("Problem", "FieldViolation", "ConflictProblem");

	@LocalServerPort
	int port;

	Map<String, Object> served;

	Map<String, Object> contract;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void load() throws Exception {
		Api api = new Api(this.port);
		String docs = api.get("/v3/api-docs").body();
		// Kept for whoever updates the contract: the structure the code serves now.
		Files.writeString(Path.of("target", "api-docs.json"), docs);
		this.served = JsonMapper.builder().build().readValue(docs, Map.class);
		try (InputStream in = getClass().getResourceAsStream("/openapi.yaml")) {
			this.contract = new Yaml().load(in);
		}
	}

	@Test
	void pathsOperationsAndParametersMatch() {
		assertThat(operations(this.contract)).isEqualTo(operations(this.served));
	}

	@Test
	void schemasMatch() {
		Map<String, Object> contractSchemas = schemas(this.contract);
		CONTRACT_ONLY.forEach(contractSchemas::remove);
		assertThat(contractSchemas).isEqualTo(schemas(this.served));
	}

	@Test
	void everyOperationIsDocumentedWithAnExample() {
		List<String> undocumented = new ArrayList<>();
		Map<String, Map<String, Map<String, Object>>> paths = get(this.contract, "paths");
		paths.forEach((path, item) -> item.forEach((method, operation) -> {
			String name = method.toUpperCase() + " " + path;
			if (isBlank(operation.get("summary")) || isBlank(operation.get("description"))) {
				undocumented.add(name + ": summary or description");
			}
			Map<String, Map<String, Object>> responses = get(operation, "responses");
			boolean responseExample = responses.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().startsWith("2"))
				.anyMatch((entry) -> hasExample(entry.getValue()));
			if (!responseExample) {
				undocumented.add(name + ": success response example");
			}
			if (operation.containsKey("requestBody") && !hasExample(get(operation, "requestBody"))) {
				undocumented.add(name + ": request example");
			}
		}));
		assertThat(undocumented).isEmpty();
	}

	@Test
	void swaggerUiServesTheContract() {
		Api api = new Api(this.port);
		assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
		Api.Response contract = api.get("/openapi.yaml");
		assertThat(contract.status()).isEqualTo(200);
		assertThat(contract.body()).contains("openapi: 3.1.0");
		assertThat(api.get("/v3/api-docs/swagger-config").body()).contains("/openapi.yaml");
	}

	private static boolean hasExample(Map<String, Object> holder) {
		Map<String, Map<String, Object>> content = get(holder, "content");
		return content != null && content.values()
			.stream()
			.anyMatch((media) -> media.containsKey("example") || media.containsKey("examples"));
	}

	private static boolean isBlank(Object text) {
		return !(text instanceof String s) || s.isBlank();
	}

	/**
	 * Each operation reduced to what the code decides: operationId, security, parameters,
	 * body and success shapes.
	 */
	private static Map<String, Object> operations(Map<String, Object> document) {
		Map<String, Object> result = new TreeMap<>();
		Map<String, Map<String, Map<String, Object>>> paths = get(document, "paths");
		paths.forEach((path, item) -> item.forEach((method, operation) -> {
			Map<String, Object> shape = new TreeMap<>();
			shape.put("operationId", String.valueOf(operation.get("operationId")));
			shape.put("security", String.valueOf(operation.get("security")));
			Set<String> parameters = new TreeSet<>();
			List<Map<String, Object>> declared = get(operation, "parameters");
			if (declared != null) {
				for (Map<String, Object> parameter : declared) {
					parameters.add(parameter.get("in") + " " + parameter.get("name") + " required="
							+ Boolean.TRUE.equals(parameter.get("required")) + " " + shape(get(parameter, "schema")));
				}
			}
			shape.put("parameters", parameters);
			Map<String, Object> body = get(operation, "requestBody");
			if (body != null) {
				shape.put("requestBody", content(body));
			}
			Map<String, Object> successes = new TreeMap<>();
			Map<String, Map<String, Object>> responses = get(operation, "responses");
			Map<String, Map<String, Object>> servedCodes = responses;
			servedCodes.forEach((code, response) -> {
				if (code.equals("200")) {
					successes.put(code, content(response));
				}
			});
			shape.put("responses", successes);
			result.put(method.toUpperCase() + " " + path, shape);
		}));
		return result;
	}

	private static Map<String, Object> content(Map<String, Object> holder) {
		Map<String, Object> media = new TreeMap<>();
		Map<String, Map<String, Object>> content = get(holder, "content");
		if (content != null) {
			content.forEach((type, value) -> media.put(type, shape(get(value, "schema"))));
		}
		return media;
	}

	private static Map<String, Object> schemas(Map<String, Object> document) {
		Map<String, Object> result = new TreeMap<>();
		Map<String, Map<String, Object>> schemas = get(get(document, "components"), "schemas");
		schemas.forEach((name, schema) -> {
			Map<String, Object> shape = new TreeMap<>();
			Map<String, Map<String, Object>> properties = get(schema, "properties");
			Map<String, Object> props = new TreeMap<>();
			if (properties != null) {
				properties.forEach((property, value) -> props.put(property, shape(value)));
			}
			shape.put("properties", props);
			List<String> required = get(schema, "required");
			shape.put("required", (required != null) ? new TreeSet<>(required) : Set.of());
			shape.put("type", String.valueOf(schema.get("type")));
			result.put(name, shape);
		});
		return result;
	}

	/** The type of a schema: reference, type, format, enum values and item type. */
	private static String shape(Map<String, Object> schema) {
		if (schema == null) {
			return "none";
		}
		if (schema.containsKey("$ref")) {
			return "ref " + schema.get("$ref");
		}
		for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
			List<Map<String, Object>> alternatives = get(schema, combinator);
			if (alternatives != null) {
				return combinator + alternatives.stream().map(OpenApiContractTests::shape).toList();
			}
		}
		StringBuilder shape = new StringBuilder(String.valueOf(schema.get("type")));
		if (schema.containsKey("format")) {
			shape.append(" format=").append(schema.get("format"));
		}
		if (schema.containsKey("enum")) {
			shape.append(" enum=").append(schema.get("enum"));
		}
		if (schema.containsKey("items")) {
			shape.append(" items=(").append(shape(get(schema, "items"))).append(")");
		}
		if (schema.containsKey("additionalProperties") && schema.get("additionalProperties") instanceof Map) {
			shape.append(" map=(").append(shape(get(schema, "additionalProperties"))).append(")");
		}
		return shape.toString();
	}

	@SuppressWarnings("unchecked")
	private static <T> T get(Object map, String key) {
		return (map instanceof Map<?, ?> m) ? (T) m.get(key) : null;
	}

}
