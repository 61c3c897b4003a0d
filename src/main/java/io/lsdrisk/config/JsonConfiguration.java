package io.lsdrisk.config;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON rules of the API: exact decimals written plainly (1.05, never 1.05E+0), unknown or
 * misspelt fields rejected rather than silently ignored, a single object accepted where a
 * list is expected.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer lsdriskJsonRules() {
		return (builder) -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
	}

}
