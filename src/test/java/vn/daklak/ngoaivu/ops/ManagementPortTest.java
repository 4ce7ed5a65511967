package vn.daklak.ngoaivu.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code serve}'s actuator on its management port, bound to 127.0.0.1: the health of the database and of the nightly
 * run with every component's state, the Prometheus text; the dashboard's port keeps the anonymous status alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "ngvh.ingest.settle-seconds=0"})
class ManagementPortTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalManagementPort
    private int managementPort;
    @LocalServerPort
    private int appPort;
    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void noRuns() {
        jdbc.sql("TRUNCATE pipeline_run CASCADE").update();
    }

    @Test
    void beforeAnyRunTheRunChecksAreUnknownAndTheWholeIsUp() throws Exception {
        JsonNode health = health();

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(states(health)).isEqualTo("db=UP lastRun=UNKNOWN lastSuccessfulRun=UNKNOWN");
        assertThat(health.at("/components/lastRun/details/outcome").asText()).isEqualTo("chưa có lần chạy nào");
    }

    @Test
    void aRunThatSucceededTwoHoursAgoIsUp() throws Exception {
        long id = run("now() - interval '2 hours'", 0, "Tổng kết: đã xem 1 tệp — 1 chấp nhận");

        JsonNode health = health();

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(states(health)).isEqualTo("db=UP lastRun=UP lastSuccessfulRun=UP");
        assertThat(health.at("/components/lastRun/details/id").asLong()).isEqualTo(id);
        assertThat(health.at("/components/lastRun/details/outcome").asText())
                .isEqualTo("Tổng kết: đã xem 1 tệp — 1 chấp nhận");
        assertThat(health.at("/components/lastSuccessfulRun/details/ageSeconds").asLong()).isBetween(7200L, 7260L);
        assertThat(health.at("/components/lastSuccessfulRun/details/limitSeconds").asLong()).isEqualTo(36 * 3600L);
    }

    @Test
    void noSuccessForMoreThan36HoursAndAFailedLastRunAreDownOnTheManagementPortOnly() throws Exception {
        long succeeded = run("now() - interval '37 hours'", 0, "Tổng kết: đã xem 2 tệp");
        long failed = run("now() - interval '1 hour'", 1, "Tổng kết: đã xem 1 tệp — 0 chấp nhận, 1 lỗi xử lý");

        HttpResponse<String> response = get(managementPort, "/actuator/health");
        JsonNode health = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(health.path("status").asText()).isEqualTo("DOWN");
        assertThat(states(health)).isEqualTo("db=UP lastRun=DOWN lastSuccessfulRun=DOWN");
        assertThat(health.at("/components/lastRun/details/id").asLong()).isEqualTo(failed);
        assertThat(health.at("/components/lastSuccessfulRun/details/id").asLong()).isEqualTo(succeeded);
        // the dashboard itself can still serve: its port's anonymous health is the database's and the disk's
        HttpResponse<String> app = get(appPort, "/actuator/health");
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void aRunStoppedByAnErrorIsDownAndOneStillRunningIsUp() throws Exception {
        run("now() - interval '3 hours'", 0, null);
        jdbc.sql("INSERT INTO pipeline_run (command, started_at, finished_at, outcome) VALUES"
                + " ('run', now() - interval '2 hours', now() - interval '2 hours', 'thất bại: mất kết nối')").update();
        assertThat(states(health())).isEqualTo("db=UP lastRun=DOWN lastSuccessfulRun=UP");

        jdbc.sql("INSERT INTO pipeline_run (command, started_at) VALUES ('run', now())").update();
        JsonNode health = health();
        assertThat(states(health)).isEqualTo("db=UP lastRun=UP lastSuccessfulRun=UP");
        assertThat(health.at("/components/lastRun/details/state").asText()).isEqualTo("đang chạy");
    }

    @Test
    void prometheusTextOnTheManagementPortAndNothingOfTheActuatorOnTheAppPort() throws Exception {
        HttpResponse<String> prometheus = get(managementPort, "/actuator/prometheus");

        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(prometheus.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections_active");
        // the app port: the actuator's other endpoints are neither mapped nor open to the anonymous
        assertThat(get(appPort, "/actuator/prometheus").statusCode()).isEqualTo(302);
    }

    @Test
    void theManagementPortListensOnTheLoopbackOnly() throws Exception {
        Optional<InetAddress> outside = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
        if (outside.isPresent()) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(outside.get(), managementPort), 2000);
                }
            }).isInstanceOf(ConnectException.class);
        }
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
    }

    private long run(String finishedAt, int failedFiles, String summary) {
        return jdbc.sql("INSERT INTO pipeline_run (command, started_at, finished_at, failed, summary, outcome)"
                        + " VALUES ('run', " + finishedAt + " - interval '1 minute', " + finishedAt + ", ?, ?, 'xong')"
                        + " RETURNING id")
                .params(failedFiles, summary).query(Long.class).single();
    }

    private JsonNode health() throws IOException, InterruptedException {
        return JSON.readTree(get(managementPort, "/actuator/health").body());
    }

    private static String states(JsonNode health) {
        return "db=" + health.at("/components/db/status").asText()
                + " lastRun=" + health.at("/components/lastRun/status").asText()
                + " lastSuccessfulRun=" + health.at("/components/lastSuccessfulRun/status").asText();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
