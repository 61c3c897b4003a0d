package io.lsdrisk.support;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import io.lsdrisk.config.DatabaseCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The database integration tests run against, chosen once per test JVM by one switch, the
 * system property or environment variable {@code LSDRISK_TEST_DATABASE}:
 * <ul>
 * <li>{@code auto} (default): Testcontainers where Docker runs, otherwise the local
 * server;</li>
 * <li>{@code testcontainers}: always a PostgreSQL container;</li>
 * <li>{@code local}: the server at {@code LSDRISK_TEST_DATABASE_URL} (default
 * {@code jdbc:postgresql://localhost:5432/}, user {@code LSDRISK_TEST_DATABASE_USER} or
 * {@code postgres}, password {@code LSDRISK_TEST_DATABASE_PASSWORD}).</li>
 * </ul>
 * On a local server every run creates its own database ({@code lsdrisk_test_<time>_<n>})
 * and drops it when the JVM exits, so tests never touch data a user keeps.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static volatile Connection connection;

	private TestDatabase() {
	}

	/**
	 * @param url JDBC URL
	 * @param username user
	 * @param password password
	 */
	public record Connection(String url, String username, String password) {
	}

	public static synchronized Connection get() {
		if (connection == null) {
			connection = start();
		}
		return connection;
	}

	private static Connection start() {
		String mode = setting("LSDRISK_TEST_DATABASE", "auto");
		boolean containers = switch (mode) {
			case "testcontainers" -> true;
			case "local" -> false;
			case "auto" -> DevDatabase.dockerAvailable();
			default -> throw new IllegalStateException(
					"LSDRISK_TEST_DATABASE must be auto, testcontainers or local, was " + mode);
		};
		if (containers) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			log.info("Tests use a Testcontainers PostgreSQL at {}", container.getJdbcUrl());
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		String server = setting("LSDRISK_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/");
		String username = setting("LSDRISK_TEST_DATABASE_USER", "postgres");
		String password = setting("LSDRISK_TEST_DATABASE_PASSWORD", "");
		String name = "lsdrisk_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
				+ ThreadLocalRandom.current().nextInt(1_000_000);
		String url = (server.endsWith("/") ? server : server + "/") + name;
		if (!DatabaseCreator.createIfMissing(url, username, password)) {
			throw new IllegalStateException("Could not create the test database " + name + " on " + server
					+ "; is PostgreSQL running there? (set LSDRISK_TEST_DATABASE=testcontainers to use Docker)");
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> DatabaseCreator.drop(url, username, password)));
		log.info("Tests use their own database {} on the local server; it is dropped at exit", name);
		return new Connection(url, username, password);
	}

	private static String setting(String name, String fallback) {
		String value = System.getProperty(name);
		if (value == null) {
			value = System.getenv(name);
		}
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
