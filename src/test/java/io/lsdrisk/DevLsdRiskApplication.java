package io.lsdrisk;

import io.lsdrisk.support.DevDatabase;

import org.springframework.boot.SpringApplication;

/**
 * Starts the service for development with sample data, choosing a PostgreSQL database by
 * itself (see {@link DevDatabase}): {@code mvn spring-boot:test-run}. The production jar
 * carries none of this.
 */
public final class DevLsdRiskApplication {

	private DevLsdRiskApplication() {
	}

	public static void main(String[] args) {
		DevDatabase.choose();
		if (System.getenv("LSDRISK_SECURITY_API_KEYS") == null
				&& System.getProperty("lsdrisk.security.api-keys") == null) {
			// A known key so that writes can be tried from Swagger UI at once; never in
			// production.
			System.setProperty("lsdrisk.security.api-keys", "dev-key");
			System.out.println("[lsdrisk dev] writes accept X-API-Key: dev-key");
		}
		SpringApplication.from(LsdRiskApplication::main).run(args);
	}

}
