package io.lsdrisk;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.lsdrisk.config.DatabaseCreator;
import io.lsdrisk.support.Api;
import io.lsdrisk.support.TestDatabase;
import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be null is declared so, three ways that each can fail: known nullable fields
 * are {@code [X, "null"]} in {@code /v3/api-docs}; every response record component is
 * nullable in the served schema exactly when it carries {@link Nullable}; and the answers
 * of every read and computation on the sample data, asked with the contract's own
 * examples, hold a null only where the contract allows one. The service runs with the
 * sample data in a database of its own, so the other integration tests' data stays as
 * they expect it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lsdrisk.sample-data.enabled=true")
@ActiveProfiles("test")
class NullabilityContractTests {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		TestDatabase.Connection shared = TestDatabase.get();
		int query = shared.url().indexOf('?');
		String url = (query < 0) ? shared.url() + "_samples"
				: shared.url().substring(0, query) + "_samples" + shared.url().substring(query);
		if (!DatabaseCreator.createIfMissing(url, shared.username(), shared.password())) {
			throw new IllegalStateException("Could not create the database " + url);
		}
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> DatabaseCreator.drop(url, shared.username(), shared.password())));
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", shared::username);
		registry.add("spring.datasource.password", shared::password);
	}

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Map<String, Object> served;

	Map<String, Object> contract;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void load() throws Exception {
		String docs = new Api(this.port).get("/v3/api-docs").body();
		this.served = JsonMapper.builder().build().readValue(docs, Map.class);
		try (InputStream in = getClass().getResourceAsStream("/openapi.yaml")) {
			this.contract = new Yaml().load(in);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void knownNullableFieldsAreDeclaredNullable() {
		assertThat(property(this.served, "PoolState", "blockNumber").get("type")).isEqualTo(List.of("integer", "null"));
		assertThat(property(this.served, "PublishedMethods", "smartLtvReason").get("type"))
			.isEqualTo(List.of("string", "null"));
		assertThat(property(this.served, "ValuationWindow", "startRate").get("type"))
			.isEqualTo(List.of("number", "null"));
		assertThat(property(this.served, "CursorPagePoolState", "nextCursor").get("type"))
			.isEqualTo(List.of("string", "null"));
		assertThat(property(this.served, "AssetResponse", "latestState").get("oneOf"))
			.isEqualTo(List.of(Map.of("$ref", "#/components/schemas/PoolState"), Map.of("type", "null")));
		assertThat(property(this.served, "Valuation", "perShare").get("oneOf"))
			.isEqualTo(List.of(Map.of("$ref", "#/components/schemas/ValuationPerShare"), Map.of("type", "null")));
		Map<String, Object> level = property(this.served, "RiskCell", "level");
		assertThat(level.get("type")).isEqualTo(List.of("string", "null"));
		assertThat((List<Object>) level.get("enum")).contains("LOW", "HIGH").containsNull();
		// Never null: stays a plain type.
		assertThat(property(this.served, "PoolState", "exchangeRate").get("type")).isEqualTo("number");
		assertThat(property(this.served, "Valuation", "windows").get("type")).isEqualTo("array");
		assertThat(property(this.served, "RiskCell", "dimension").get("type")).isEqualTo("string");
		// Left out of the JSON when null (NON_NULL), so never null when present.
		assertThat(property(this.served, "Evidence", "apr30d").get("type")).isEqualTo("number");
		// @Nullable, but left out of the JSON when null by the component's own NON_NULL.
		assertThat(property(this.served, "Valuation", "dataProvenance"))
			.isEqualTo(Map.of("$ref", "#/components/schemas/DataProvenance"));
		assertThat(property(this.served, "StressResponse", "dataProvenance"))
			.isEqualTo(Map.of("$ref", "#/components/schemas/DataProvenance"));
		// Added with provenance, the backtest and the calibration intervals.
		assertThat(property(this.served, "DataProvenance", "syntheticFrom").get("type"))
			.isEqualTo(List.of("string", "null"));
		assertThat(property(this.served, "DepegBacktestResponse", "firstForecastDate").get("type"))
			.isEqualTo(List.of("string", "null"));
		assertThat(property(this.served, "DepegDieboldMariano", "pValue").get("type"))
			.isEqualTo(List.of("number", "null"));
		assertThat(property(this.served, "DepegCalibratedModel", "kappaInterval95").get("oneOf"))
			.isEqualTo(List.of(Map.of("$ref", "#/components/schemas/DepegInterval"), Map.of("type", "null")));
		assertThat(property(this.served, "DataProvenance", "realDays").get("type")).isEqualTo("integer");
	}

	@Test
	void responseRecordComponentsAreNullableInTheServedSchemaExactlyWhenAnnotated() {
		List<String> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("io.lsdrisk")
					|| handler.getBeanType().isAnnotationPresent(Hidden.class)) {
				continue;
			}
			ResolvableType answer = ResolvableType.forMethodReturnType(handler.getMethod());
			if (HttpEntity.class.isAssignableFrom(answer.toClass())) {
				answer = answer.as(HttpEntity.class).getGeneric(0);
			}
			if (answer.toClass() == String.class) {
				continue;
			}
			for (String path : entry.getKey().getPatternValues()) {
				for (var method : entry.getKey().getMethodsCondition().getMethods()) {
					Map<String, Object> schema = successSchema(path, method.name().toLowerCase());
					assertThat(schema).as("served answer schema of %s %s", method, path).isNotNull();
					walk(answer, schema, method + " " + path, seen, errors);
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(30);
		assertThat(seen).hasSizeGreaterThan(60);
		assertThat(errors).isEmpty();
	}

	@Test
	void answersOnTheSampleDataAreNullOnlyWhereTheContractAllows() {
		Api api = new Api(this.port);
		List<String> errors = new ArrayList<>();
		int asked = 0;
		Map<String, Map<String, Map<String, Object>>> paths = get(this.contract, "paths");
		for (var item : paths.entrySet()) {
			for (var operation : item.getValue().entrySet()) {
				String method = operation.getKey().toUpperCase();
				String path = item.getKey();
				if (!isReadOrComputation(method, path)) {
					continue;
				}
				Api.Response response = ask(api, method, path, operation.getValue());
				String name = method + " " + path;
				if (response.status() != 200) {
					errors.add(name + " answered " + response.status() + ": " + response.body());
					continue;
				}
				Map<String, Object> schema = get(
						get(get(get(get(operation.getValue(), "responses"), "200"), "content"), "application/json"),
						"schema");
				check(response.json(), schema, name + " $", errors);
				asked++;
			}
		}
		assertThat(asked).isGreaterThan(20);
		assertThat(errors).isEmpty();
	}

	/** Reads, and the POSTs that only compute from their input. */
	private static boolean isReadOrComputation(String method, String path) {
		if (path.contains("/admin/")) {
			return false;
		}
		if (method.equals("GET")) {
			return true;
		}
		return method.equals("POST") && (path.startsWith("/api/v1/options/") || path.startsWith("/api/v1/collateral/")
				|| path.equals("/api/v1/depeg/probability") || path.equals("/api/v1/liquidity/stableswap/quote")
				|| path.equals("/api/v1/valuation"));
	}

	/** The operation asked with the contract's examples of its parameters and body. */
	private static Api.Response ask(Api api, String method, String path, Map<String, Object> operation) {
		String target = path;
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		List<Map<String, Object>> parameters = get(operation, "parameters");
		for (Map<String, Object> parameter : (parameters != null) ? parameters : List.<Map<String, Object>>of()) {
			Object example = parameter.get("example");
			if (example == null) {
				continue;
			}
			String value = (example instanceof Collection<?> values)
					? String.join(",", values.stream().map(String::valueOf).toList()) : String.valueOf(example);
			if ("path".equals(parameter.get("in"))) {
				target = target.replace("{" + parameter.get("name") + "}", value);
			}
			else {
				query.add(parameter.get("name") + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		target = target + query;
		if (method.equals("GET")) {
			return api.get(target, "application/json");
		}
		Map<String, Object> media = get(get(get(operation, "requestBody"), "content"), "application/json");
		Object body = media.get("example");
		if (body == null) {
			Map<String, Map<String, Object>> examples = get(media, "examples");
			body = examples.values().iterator().next().get("value");
		}
		return api.postJson(target, body);
	}

	/**
	 * Walks a Java answer type and its served schema together: a record component is
	 * nullable in the schema exactly when it is {@code @Nullable} (and neither its record
	 * nor the component itself leaves nulls out of the JSON).
	 */
	private void walk(ResolvableType type, Map<String, Object> schema, String where, Set<String> seen,
			List<String> errors) {
		Map<String, Object> target = resolve(this.served, schema);
		Class<?> raw = type.toClass();
		if (Collection.class.isAssignableFrom(raw)) {
			walk(type.asCollection().getGeneric(0), get(target, "items"), where + "[]", seen, errors);
			return;
		}
		if (Map.class.isAssignableFrom(raw)) {
			if (target.get("additionalProperties") instanceof Map<?, ?> values && !values.isEmpty()) {
				walk(type.asMap().getGeneric(1), get(target, "additionalProperties"), where + "{}", seen, errors);
			}
			return;
		}
		if (!raw.isRecord() || !seen.add(type.toString())) {
			return;
		}
		Map<String, Map<String, Object>> properties = get(target, "properties");
		JsonInclude include = raw.getAnnotation(JsonInclude.class);
		boolean writesNulls = include == null || include.value() == JsonInclude.Include.ALWAYS;
		for (RecordComponent component : raw.getRecordComponents()) {
			String name = where + " " + raw.getSimpleName() + "." + component.getName();
			if (component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
				continue;
			}
			Map<String, Object> property = (properties != null) ? properties.get(component.getName()) : null;
			if (property == null) {
				errors.add(name + ": no property in the served schema");
				continue;
			}
			boolean annotated = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
			if (annotated && component.getType().isPrimitive()) {
				errors.add(name + ": a primitive cannot be @Nullable");
			}
			JsonInclude own = component.getAccessor().getAnnotation(JsonInclude.class);
			boolean componentWritesNulls = own == null || own.value() == JsonInclude.Include.ALWAYS
					|| own.value() == JsonInclude.Include.USE_DEFAULTS;
			boolean expected = annotated && writesNulls && componentWritesNulls;
			if (admitsNull(property) != expected) {
				errors.add(name + ": nullable in the schema is " + admitsNull(property) + ", expected " + expected);
			}
			ResolvableType componentType;
			try {
				componentType = ResolvableType.forField(raw.getDeclaredField(component.getName()), type);
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException(ex);
			}
			walk(componentType, property, name, seen, errors);
		}
	}

	/**
	 * Checks a JSON value against a contract schema: types (with null only where
	 * allowed), enums, properties, items and map values.
	 */
	private void check(JsonNode value, Map<String, Object> schema, String where, List<String> errors) {
		if (schema == null) {
			return;
		}
		if (schema.containsKey("$ref")) {
			check(value, resolve(this.contract, schema), where, errors);
			return;
		}
		List<Map<String, Object>> alternatives = get(schema, "oneOf");
		if (alternatives == null) {
			alternatives = get(schema, "anyOf");
		}
		if (alternatives != null) {
			List<String> best = null;
			for (Map<String, Object> alternative : alternatives) {
				List<String> found = new ArrayList<>();
				check(value, alternative, where, found);
				if (best == null || found.size() < best.size()) {
					best = found;
				}
			}
			errors.addAll(best);
			return;
		}
		List<String> types = types(schema);
		if (value.isNull()) {
			if (!types.isEmpty() && !types.contains("null")) {
				errors.add(where + " is null, the contract says " + types);
			}
			return;
		}
		if (!types.isEmpty() && types.stream().noneMatch((type) -> matches(value, type))) {
			errors.add(where + " is " + value.getNodeType() + ", the contract says " + types);
			return;
		}
		List<?> values = get(schema, "enum");
		if (values != null && value.isString() && !values.contains(value.asString())) {
			errors.add(where + " is " + value.asString() + ", not one of " + values);
		}
		if (value.isArray()) {
			for (int i = 0; i < value.size(); i++) {
				check(value.get(i), get(schema, "items"), where + "[" + i + "]", errors);
			}
		}
		if (value.isObject()) {
			Map<String, Map<String, Object>> properties = get(schema, "properties");
			Object additional = schema.get("additionalProperties");
			for (var field : value.properties()) {
				Map<String, Object> property = (properties != null) ? properties.get(field.getKey()) : null;
				if (property != null) {
					check(field.getValue(), property, where + "." + field.getKey(), errors);
				}
				else if (additional instanceof Map<?, ?> map && !map.isEmpty()) {
					check(field.getValue(), get(schema, "additionalProperties"), where + "." + field.getKey(), errors);
				}
				else if (properties != null) {
					errors.add(where + "." + field.getKey() + " is not in the contract");
				}
			}
		}
	}

	private static boolean matches(JsonNode value, String type) {
		return switch (type) {
			case "object" -> value.isObject();
			case "array" -> value.isArray();
			case "string" -> value.isString();
			case "number" -> value.isNumber();
			case "integer" -> value.isIntegralNumber();
			case "boolean" -> value.isBoolean();
			default -> false;
		};
	}

	private Map<String, Object> successSchema(String path, String method) {
		Map<String, Map<String, Object>> responses = get(get(get(get(this.served, "paths"), path), method),
				"responses");
		if (responses == null) {
			return null;
		}
		for (var response : responses.entrySet()) {
			if (response.getKey().startsWith("2")) {
				Map<String, Map<String, Object>> content = get(response.getValue(), "content");
				Map<String, Object> media = content.containsKey("application/json") ? content.get("application/json")
						: content.values().iterator().next();
				return get(media, "schema");
			}
		}
		return null;
	}

	private static boolean admitsNull(Map<String, Object> property) {
		if (types(property).contains("null")) {
			return true;
		}
		List<Map<String, Object>> alternatives = get(property, "oneOf");
		return alternatives != null && alternatives.stream().anyMatch((schema) -> types(schema).contains("null"));
	}

	private static List<String> types(Map<String, Object> schema) {
		Object type = schema.get("type");
		if (type instanceof String single) {
			return List.of(single);
		}
		if (type instanceof List<?> many) {
			return many.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	/** The schema a reference (or a nullable reference) points to. */
	private static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> schema) {
		Map<String, Object> target = schema;
		List<Map<String, Object>> alternatives = get(target, "oneOf");
		if (alternatives != null) {
			target = alternatives.stream().filter((s) -> s.containsKey("$ref")).findFirst().orElse(target);
		}
		Object ref = target.get("$ref");
		if (ref instanceof String reference) {
			String name = reference.substring(reference.lastIndexOf('/') + 1);
			Map<String, Object> schemas = get(get(document, "components"), "schemas");
			return get(schemas, name);
		}
		return target;
	}

	private static Map<String, Object> property(Map<String, Object> document, String schema, String property) {
		Map<String, Object> schemas = get(get(document, "components"), "schemas");
		Map<String, Object> found = get(get(get(schemas, schema), "properties"), property);
		assertThat(found).as(schema + "." + property).isNotNull();
		return found;
	}

	@SuppressWarnings("unchecked")
	private static <T> T get(Object map, String key) {
		return (map instanceof Map<?, ?> m) ? (T) m.get(key) : null;
	}

}
