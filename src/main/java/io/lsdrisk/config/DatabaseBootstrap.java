package io.lsdrisk.config;

import com.zaxxer.hikari.HikariDataSource;
import io.lsdrisk.LsdRiskProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Before the connection pool opens its first connection (and so before Flyway migrates),
 * creates the configured database if the server lacks it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseBootstrap {

	@Bean
	static BeanPostProcessor databaseCreatingPostProcessor(ObjectProvider<LsdRiskProperties> properties) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				// The pool's own URL is the database actually used, whether it came from
				// spring.datasource.* or from a service connection.
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& properties.getObject().database().createIfMissing()) {
					DatabaseCreator.createIfMissing(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
				}
				return bean;
			}
		};
	}

}
