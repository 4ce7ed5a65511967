package vn.daklak.ngoaivu;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every test application context starts from an empty schema, whatever an earlier run or another branch left in the
 * shared test database.
 */
@Configuration(proxyBeanMethods = false)
class TestDatabaseConfig {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
