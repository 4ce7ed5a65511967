package vn.daklak.ngoaivu.cli;

import java.io.PrintStream;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The newcomer's default database: when no {@code spring.datasource.url} is configured, the DataSource is the embedded
 * PostgreSQL under {@code ./data/}, started with the context and stopped when it closes (the pool first).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseSettings settings, ObjectProvider<PrintStream> console) {
        return EmbeddedDatabase.open(settings, console.getIfAvailable(() -> System.out));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        return DataSourceBuilder.create().url(database.jdbcUrl()).username(EmbeddedDatabase.USER).password("")
                .build();
    }
}
