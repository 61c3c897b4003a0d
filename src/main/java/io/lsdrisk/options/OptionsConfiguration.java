package io.lsdrisk.options;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The configuration-backed jump parameters, bean {@code configuredJumpParameters}: used
 * as they are unless a {@code @Primary} {@link JumpParametersSource} (the calibrated
 * depeg model) takes precedence and falls back on them.
 */
@Configuration(proxyBeanMethods = false)
class OptionsConfiguration {

	@Bean
	JumpParametersSource configuredJumpParameters(OptionsProperties properties) {
		return new ConfiguredJumpParameters(properties.jumps());
	}

}
