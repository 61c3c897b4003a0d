package io.lsdrisk.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Declares in the served OpenAPI document which operations need the API key, by the rule
 * {@link ApiKeyFilter} applies: writes need the {@code ApiKey} scheme, reads and
 * computations say {@code security: []} (open).
 */
@Component
class ApiKeyOpenApiCustomizer implements OpenApiCustomizer {

	static final String SCHEME = "ApiKey";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents()
			.addSecuritySchemes(SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name(ApiKeyFilter.HEADER));
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			List<SecurityRequirement> security = new ArrayList<>();
			if (ApiKeyFilter.needsKey(method.name(), path)) {
				security.add(new SecurityRequirement().addList(SCHEME));
			}
			operation.setSecurity(security);
		}));
	}

}
