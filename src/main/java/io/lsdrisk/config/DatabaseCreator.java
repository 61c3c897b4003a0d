package io.lsdrisk.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the database a PostgreSQL JDBC URL names when the server has none of that name,
 * so that a first start needs no manual psql step. Connects to the server's
 * {@code postgres} maintenance database with the same credentials; does nothing for other
 * URLs.
 */
public final class DatabaseCreator {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);

	private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([A-Za-z0-9_]+)(\\?.*)?$");

	private DatabaseCreator() {
	}

	/**
	 * @return true when a database was created
	 */
	public static boolean createIfMissing(String url, String username, String password) {
		Matcher matcher = POSTGRES_URL.matcher(url);
		if (!matcher.matches()) {
			return false;
		}
		String database = matcher.group(2);
		String maintenanceUrl = matcher.group(1) + "postgres" + ((matcher.group(3) != null) ? matcher.group(3) : "");
		Properties credentials = credentials(username, password);
		try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials)) {
			if (exists(connection, database)) {
				return false;
			}
			try (Statement statement = connection.createStatement()) {
				// The name matched [A-Za-z0-9_]+ above, so quoting it is safe.
				statement.execute("create database \"" + database + "\"");
			}
			log.info("Created database '{}'", database);
			return true;
		}
		catch (SQLException ex) {
			if ("42P04".equals(ex.getSQLState())) {
				return false; // created concurrently by another instance
			}
			log.warn("Could not check or create database '{}' ({}); the connection pool will report the cause",
					database, ex.getMessage());
			return false;
		}
	}

	/**
	 * Drops a database, ending its open sessions (PostgreSQL 13 or later).
	 */
	public static void drop(String url, String username, String password) {
		Matcher matcher = POSTGRES_URL.matcher(url);
		if (!matcher.matches()) {
			return;
		}
		String maintenanceUrl = matcher.group(1) + "postgres" + ((matcher.group(3) != null) ? matcher.group(3) : "");
		try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials(username, password));
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists \"" + matcher.group(2) + "\" with (force)");
		}
		catch (SQLException ex) {
			log.warn("Could not drop database '{}': {}", matcher.group(2), ex.getMessage());
		}
	}

	private static boolean exists(Connection connection, String database) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

	private static Properties credentials(String username, String password) {
		Properties properties = new Properties();
		if (username != null) {
			properties.setProperty("user", username);
		}
		if (password != null && !password.isEmpty()) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "5");
		return properties;
	}

}
