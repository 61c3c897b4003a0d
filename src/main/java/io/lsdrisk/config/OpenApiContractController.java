package io.lsdrisk.config;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code openapi.yaml}, the API contract with its descriptions and examples, to
 * Swagger UI. A test keeps it equal to what springdoc derives from the code at
 * {@code /v3/api-docs}.
 */
@Hidden
@RestController
class OpenApiContractController {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	@GetMapping("/openapi.yaml")
	ResponseEntity<Resource> contract() {
		return ResponseEntity.ok().contentType(YAML).body(new ClassPathResource("openapi.yaml"));
	}

}
