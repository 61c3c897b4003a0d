package io.lsdrisk.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Chooses the development database, in this order, and says which:
 * {@code SPRING_DATASOURCE_URL} when set; a PostgreSQL already listening on
 * localhost:5432; a Testcontainers PostgreSQL where Docker runs; an embedded PostgreSQL
 * where the user is not root (PostgreSQL refuses to run as root); otherwise a message
 * saying what to start.
 */
public final class DevDatabase {

	private DevDatabase() {
	}

	public static void choose() {
		if (System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null) {
			say("using SPRING_DATASOURCE_URL");
			return;
		}
		if (listening("localhost", 5432)) {
			say("using the PostgreSQL on localhost:5432 (database lsdrisk, created if missing)");
			return;
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			use(container.getJdbcUrl(), container.getUsername(), container.getPassword());
			say("started a Testcontainers PostgreSQL at " + container.getJdbcUrl());
			return;
		}
		if (!"root".equals(System.getProperty("user.name"))) {
			try {
				EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
				use(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
				say("started an embedded PostgreSQL on port " + postgres.getPort());
				return;
			}
			catch (IOException ex) {
				say("embedded PostgreSQL failed to start: " + ex.getMessage());
			}
		}
		throw new IllegalStateException("""
				No PostgreSQL found. Start one of:
				  - a PostgreSQL server on localhost:5432 (Debian: apt-get install postgresql, then
				    pg_ctlcluster --skip-systemctl-redirect <version> main start), user postgres;
				  - Docker, for a Testcontainers database;
				  - or set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to a server you have.
				(The embedded PostgreSQL cannot run as root.)""");
	}

	private static void use(String url, String username, String password) {
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", username);
		System.setProperty("spring.datasource.password", password);
	}

	static boolean listening(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// shutting down anyway
		}
	}

	private static void say(String message) {
		System.out.println("[lsdrisk dev] database: " + message);
	}

}
