package vn.daklak.ngoaivu.ops;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the actuator's, Micrometer's and the health checks' auto-configurations unless the application runs as
 * the servlet web application ({@code serve}): a batch command exits after one run, nobody scrapes it, and their
 * dozens of configurations and beans only lengthen its start (the quiet night of issue 10). The web application type
 * is the setting {@code spring.main.web-application-type} that {@code serve} sets and the others leave at
 * {@code none} (application.properties). Registered in META-INF/spring.factories.
 */
public class ServeOnlyActuator implements AutoConfigurationImportFilter, EnvironmentAware {

    /** Packages of the auto-configurations that only {@code serve} needs (Boot 4's module layout). */
    private static final String[] SERVE_ONLY = {".actuate.", ".health.", ".micrometer.", ".metrics.", ".observation."};

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean servlet = "servlet".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""));
        boolean[] keep = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            keep[i] = servlet || candidates[i] == null || !serveOnly(candidates[i]);
        }
        return keep;
    }

    static boolean serveOnly(String autoConfiguration) {
        if (!autoConfiguration.startsWith("org.springframework.boot.")) {
            return false;
        }
        for (String part : SERVE_ONLY) {
            if (autoConfiguration.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
