package io.lsdrisk.web;

import io.lsdrisk.LsdRiskProperties;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets the configured dashboard origins call the API from a browser; reads from anywhere
 * and writes with the API key, nothing with cookies.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration implements WebMvcConfigurer {

	private final LsdRiskProperties.Web web;

	CorsConfiguration(LsdRiskProperties properties) {
		this.web = properties.web();
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (this.web.corsAllowedOrigins().isEmpty()) {
			return;
		}
		registry.addMapping("/api/**")
			.allowedOrigins(this.web.corsAllowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "HEAD", "POST", "PUT", "OPTIONS")
			.allowedHeaders("Content-Type", "X-API-Key", "Accept")
			.allowCredentials(false)
			.maxAge(3600);
	}

}
