package vn.daklak.ngoaivu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Whether the user chose a database through Spring's own settings: a {@code --spring.datasource.url} argument, the
 * system property, the {@code SPRING_DATASOURCE_URL} environment variable, or an {@code application.properties} in
 * {@code ./} or {@code ./config/}. When none did, the embedded server is the default.
 */
final class DatabaseSettings {

    private DatabaseSettings() {
    }

    static boolean configured(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith("--spring.datasource.url="))
                || System.getProperty("spring.datasource.url") != null
                || System.getenv("SPRING_DATASOURCE_URL") != null
                || List.of(Path.of("application.properties"), Path.of("config", "application.properties")).stream()
                        .anyMatch(DatabaseSettings::namesDatasource);
    }

    private static boolean namesDatasource(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return properties.getProperty("spring.datasource.url") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
