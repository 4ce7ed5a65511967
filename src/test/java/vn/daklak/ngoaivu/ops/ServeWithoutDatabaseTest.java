package vn.daklak.ngoaivu.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code serve} keeps serving while its database (a throwaway cluster of the test's own) is stopped: a signed-in page
 * answers 503 with the friendly page, in Vietnamese and in English, signing in says the database is unavailable
 * (not that the password is wrong), and it works again once the database is back.
 */
class ServeWithoutDatabaseTest {

    private static final String PASSWORD = "mat-khau-thu-nghiem-1";

    @TempDir
    Path temp;

    @Test
    void pagesSayTheDatabaseIsUnavailableWith503AndComeBackByThemselves() throws Exception {
        Optional<Path> bin = ThrowawayCluster.binaries();
        assumeTrue(bin.isPresent(), "ServeWithoutDatabaseTest skipped: no PostgreSQL server binaries");
        try (ThrowawayCluster cluster = ThrowawayCluster.create(bin.get())) {
            FaultScene scene = new FaultScene(temp);
            int port = FaultScene.freePort();
            AppProcess serve = AppProcess.start(temp.resolve("serve.txt"), cluster.url(), scene.args("serve",
                    "--server.port=" + port, "--spring.datasource.hikari.connection-timeout=3000"));
            try {
                serve.await("the dashboard's start line", Duration.ofMinutes(3),
                        () -> consoleOf(serve).contains("Bảng điều khiển đang chạy"));
                addViewer(cluster);
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                String base = "http://127.0.0.1:" + port;
                signIn(client, base);
                assertThat(get(client, base + "/").statusCode()).isEqualTo(200);

                cluster.stop();
                HttpResponse<String> down = get(client, base + "/");
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(down.body()).contains("<h1>Cơ sở dữ liệu tạm thời không truy cập được</h1>")
                        .doesNotContain("Exception");
                HttpResponse<String> english = get(client, base + "/submissions?lang=en");
                assertThat(english.statusCode()).isEqualTo(503);
                assertThat(english.body()).contains("<h1>The database is temporarily unavailable</h1>");
                assertThat(serve.alive()).isTrue();
                // signing in cannot check the password: the form says the database is down, not "wrong password"
                HttpClient newcomer = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                HttpResponse<String> refused = postLogin(newcomer, base, PASSWORD);
                assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                        .endsWith("/login?unavailable"));
                assertThat(get(newcomer, base + "/login?unavailable").body())
                        .contains("cơ sở dữ liệu tạm thời không truy cập được").doesNotContain("sai tên đăng nhập");

                cluster.start();
                // the pool drops its dead connections as it meets them: within a few page loads it serves again
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                int status = get(client, base + "/?lang=vi").statusCode();
                while (status == 503 && System.nanoTime() < deadline) {
                    Thread.sleep(1000);
                    status = get(client, base + "/").statusCode();
                }
                assertThat(status).isEqualTo(200);
            } finally {
                serve.terminate();
                serve.exitCode(Duration.ofMinutes(2));
            }
        }
    }

    private static void addViewer(ThrowawayCluster cluster) throws Exception {
        try (var c = DriverManager.getConnection(cluster.url(), "postgres", "");
             var s = c.prepareStatement("INSERT INTO app_user (username, password_hash, role) VALUES (?, ?, 'VIEWER')")) {
            s.setString(1, "xem");
            s.setString(2, new BCryptPasswordEncoder().encode(PASSWORD));
            s.executeUpdate();
        }
    }

    private static void signIn(HttpClient client, String base) throws Exception {
        HttpResponse<String> signedIn = postLogin(client, base, PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private static HttpResponse<String> postLogin(HttpClient client, String base, String password) throws Exception {
        HttpResponse<String> login = get(client, base + "/login");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).as(login.body()).isTrue();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=xem&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return signedIn;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String consoleOf(AppProcess p) {
        try {
            return p.console();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
