package io.lsdrisk.comparison;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default {@link DepegProbabilitySource}: no model, always empty. */
@Configuration(proxyBeanMethods = false)
class DepegProbabilityConfiguration {

	@Bean
	@ConditionalOnMissingBean(DepegProbabilitySource.class)
	DepegProbabilitySource noDepegModel() {
		return (asset, threshold, horizonDays) -> Optional.empty();
	}

}
