package io.lsdrisk.options;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The configuration-backed jump parameters, unless another {@link JumpParametersSource}
 * is declared.
 */
@Configuration(proxyBeanMethods = false)
class OptionsConfiguration {

	@Bean
	@ConditionalOnMissingBean(JumpParametersSource.class)
	JumpParametersSource configuredJumpParameters(OptionsProperties properties) {
		return new ConfiguredJumpParameters(properties.jumps());
	}

}
