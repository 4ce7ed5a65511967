package vn.daklak.ngoaivu.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The batch commands' context (no web server) creates none of the actuator's, Micrometer's or the health checks'
 * beans: they would only lengthen a one-shot command's start.
 */
@SpringBootTest
class ServeOnlyActuatorTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void noHealthMetricsOrObservationInABatchCommand() {
        assertThat(context.getBeanNamesForType(HealthEndpoint.class)).isEmpty();
        assertThat(context.getBeanNamesForType(HealthContributor.class)).isEmpty();
        assertThat(context.getBeanNamesForType(MeterRegistry.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
        assertThat(context.getBeanDefinitionNames()).noneMatch(name -> name.contains(".actuate.")
                || name.contains(".micrometer.") || name.contains(".health."));
    }

    @Test
    void theFilterKeepsOnlyTheServeOnlyAutoConfigurationsOut() {
        assertThat(ServeOnlyActuator.serveOnly(
                "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration")).isTrue();
        assertThat(ServeOnlyActuator.serveOnly(
                "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration")).isTrue();
        assertThat(ServeOnlyActuator.serveOnly(
                "org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration")).isTrue();
        assertThat(ServeOnlyActuator.serveOnly(
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")).isFalse();
        assertThat(ServeOnlyActuator.serveOnly(
                "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration")).isFalse();
    }
}
