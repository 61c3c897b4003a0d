package io.lsdrisk.config;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Declares in the OpenAPI 3.1 schemas which record components can be null: a component
 * whose type carries JSpecify's {@link Nullable} becomes {@code type: [X, "null"]} (an
 * enum also lists {@code null}), or {@code oneOf: [{$ref}, {type: "null"}]} when it
 * refers to another schema. A {@link Nullable} component left out of the JSON when null
 * ({@code @JsonInclude(NON_NULL)}, on its record or on itself) is never null when
 * present, so it stays a plain type. Every other component of our records is never null
 * in an answer.
 */
@Component
class NullableComponentsConverter implements ModelConverter {

	static final String NULL = "null";

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema schema = chain.next().resolve(type, context, chain);
		Class<?> raw = rawClass(type);
		if (schema == null || raw == null || !raw.isRecord() || omitsNulls(raw)) {
			return schema;
		}
		Schema model = schema;
		if (schema.get$ref() != null && context.getDefinedModels() != null) {
			String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			model = context.getDefinedModels().get(name);
		}
		if (model == null || model.getProperties() == null) {
			return schema;
		}
		Map<String, Schema> properties = model.getProperties();
		for (RecordComponent component : raw.getRecordComponents()) {
			Schema property = properties.get(component.getName());
			if (property != null && component.getAnnotatedType().isAnnotationPresent(Nullable.class)
					&& !omitsNull(component)) {
				properties.put(component.getName(), nullable(property));
			}
		}
		return schema;
	}

	/** The schema that also admits null; unchanged when it already does. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema nullable(Schema property) {
		if (property.get$ref() != null) {
			Schema nullType = new Schema<>(SpecVersion.V31);
			nullType.addType(NULL);
			Schema reference = new Schema<>(SpecVersion.V31);
			reference.set$ref(property.get$ref());
			Schema either = new Schema<>(SpecVersion.V31);
			either.setOneOf(new ArrayList<>(List.of(reference, nullType)));
			either.setDescription(property.getDescription());
			return either;
		}
		Set<String> types = (property.getTypes() != null) ? new LinkedHashSet<>(property.getTypes())
				: new LinkedHashSet<>();
		if (types.isEmpty() && property.getType() != null) {
			types.add(property.getType());
		}
		if (types.contains(NULL)) {
			return property;
		}
		types.add(NULL);
		property.setTypes(types);
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			List<Object> values = new ArrayList<>(property.getEnum());
			values.add(null);
			property.setEnum(values);
		}
		return property;
	}

	private static boolean omitsNulls(Class<?> record) {
		return omits(record.getAnnotation(JsonInclude.class));
	}

	/**
	 * Whether a component is left out of the JSON when null
	 * ({@code @JsonInclude(NON_NULL)} on the component), so never null when present.
	 */
	static boolean omitsNull(RecordComponent component) {
		return omits(component.getAccessor().getAnnotation(JsonInclude.class));
	}

	private static boolean omits(JsonInclude include) {
		return include != null && include.value() != JsonInclude.Include.ALWAYS
				&& include.value() != JsonInclude.Include.USE_DEFAULTS;
	}

	private static Class<?> rawClass(AnnotatedType type) {
		if (type.getType() == null) {
			return null;
		}
		JavaType javaType = Json.mapper().constructType(type.getType());
		return javaType.getRawClass();
	}

}
