package vn.daklak.ngoaivu.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's management port is open without signing in: it listens on 127.0.0.1 only
 * ({@code management.server.address}), for the monitoring on this machine, and serves only the health and the metrics.
 * Boot hands the dashboard's security filter to that port as well, so this chain, consulted first, lets its requests
 * through; every request on the dashboard's port goes on to {@link SecurityConfiguration}'s rules.
 */
@ServletOnly
@Configuration(proxyBeanMethods = false)
class ManagementPortSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
        return http.securityMatcher((HttpServletRequest request) -> onManagementPort(request, environment))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .build();
    }

    /** The port Boot gave the management server (a fixed one, or the one chosen for port 0), once it listens. */
    private static boolean onManagementPort(HttpServletRequest request, Environment environment) {
        Integer port = environment.getProperty("local.management.port", Integer.class);
        return port != null && port > 0 && request.getLocalPort() == port;
    }
}
