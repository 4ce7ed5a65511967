package vn.daklak.ngoaivu;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every test application context starts from an empty schema, whatever an earlier run or another branch left in the
 * shared test database. (Flyway's own clean trips over the self-referencing submission table, so the schema is
 * dropped whole.)
 */
@Configuration(proxyBeanMethods = false)
class TestDatabaseConfig {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
            jdbc.execute("DROP SCHEMA IF EXISTS public CASCADE");
            jdbc.execute("CREATE SCHEMA public");
            flyway.migrate();
        };
    }
}
