package io.lsdrisk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Risk analytics for liquid staking derivatives: a REST service over a PostgreSQL store
 * of pool states, with the mathematics in {@code io.lsdrisk.compute}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LsdRiskApplication {

	public static void main(String[] args) {
		SpringApplication.run(LsdRiskApplication.class, args);
	}

}
