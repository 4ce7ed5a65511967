package vn.daklak.ngoaivu;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every test application context starts from an empty schema in this run's own database ({@link TestDatabase}), whatever
 * an earlier context of the same run left. (Flyway's own clean trips over the self-referencing submission table, so the
 * schema is dropped whole; it is ours: the database was created by this run.)
 */
@Configuration(proxyBeanMethods = false)
class TestDatabaseConfig {

    // Primary: it replaces the application's own strategy (schema.SerialMigration) in the tests' contexts.
    @Bean
    @Primary
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
            jdbc.execute("DROP SCHEMA IF EXISTS public CASCADE");
            jdbc.execute("CREATE SCHEMA public");
            flyway.migrate();
        };
    }
}
