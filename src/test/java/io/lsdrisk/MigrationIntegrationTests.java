package io.lsdrisk;

import java.util.List;

import io.lsdrisk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test run's database starts empty, so a passing start proves the migrations apply to
 * an empty database; this checks what they left.
 */
@IntegrationTest
class MigrationIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyMigrationAppliedSuccessfully() {
		List<Boolean> outcomes = this.jdbc.sql("select success from flyway_schema_history where version is not null")
			.query(Boolean.class)
			.list();
		assertThat(outcomes).isNotEmpty().containsOnly(true);
	}

	@Test
	void theSchemaHasTheStoreTables() {
		List<String> tables = this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = 'public' order by 1")
			.query(String.class)
			.list();
		assertThat(tables).contains("lsd_asset", "pool_state", "liquidity_pool_state", "lending_market");
	}

}
