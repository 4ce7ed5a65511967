package vn.daklak.ngoaivu.dashboard;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /actuator/health} on the dashboard's own port, open to anyone: the status alone (UP, or DOWN with 503), of
 * the health group {@code app} (what the dashboard needs to serve: the database, the disk). The actuator itself,
 * with every component's details, the run checks and the metrics, listens on the management port
 * ({@code management.server.port}, 127.0.0.1 only), where Boot maps its endpoints instead of here.
 */
@ServletOnly
@RestController
class AppPortHealth {

    static final String GROUP = "app";

    private final ObjectProvider<HealthEndpoint> health;

    AppPortHealth(ObjectProvider<HealthEndpoint> health) {
        this.health = health;
    }

    @GetMapping(value = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> health() {
        HealthEndpoint endpoint = health.getIfAvailable();
        HealthDescriptor descriptor = endpoint == null ? null : endpoint.healthForPath(GROUP);
        if (descriptor == null) {
            return ResponseEntity.notFound().build();
        }
        Status status = descriptor.getStatus();
        boolean down = Status.DOWN.equals(status) || Status.OUT_OF_SERVICE.equals(status);
        return ResponseEntity.status(down ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
                .body(Map.of("status", status.getCode()));
    }
}
