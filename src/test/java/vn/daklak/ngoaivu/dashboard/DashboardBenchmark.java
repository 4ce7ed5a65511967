package vn.daklak.ngoaivu.dashboard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import vn.daklak.ngoaivu.NgvhApplication;

/**
 * Each dashboard page's median and 95th-percentile latency under {@value #CLIENTS} concurrent signed-in clients, on
 * the generated 5-year, 60-agency province of {@code report/benchmark-data.sql} (not a test: run it by hand, it
 * empties the database it is given). Every client first requests each page {@code ngvh.bench.warm-up} times (10;
 * warm-up, not counted), then, once all clients are warm, {@value #ROUNDS} rounds of every page in its own order. The
 * CPU the process spent and the JIT compilation time during those timed rounds are printed with them: compilation
 * still under way there means the warm-up was too short for the figures to be the warm server's. The machine's load average (from
 * {@code /proc/loadavg}) before and after is printed with the figures: on a shared machine it explains them.
 * Results go to standard output and {@code target/dashboard-benchmark.txt}.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * createdb -h 127.0.0.1 -U postgres scratch
 * NGVH_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/scratch \
 *   java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.daklak.ngoaivu.dashboard.DashboardBenchmark
 * </pre>
 */
public final class DashboardBenchmark {

    private static final int CLIENTS = 20;
    private static final int ROUNDS = 10;
    /**
     * Rounds of every page before timing: a server runs for weeks, so what is timed is its compiled, warm state. Three
     * rounds left C2 compiling during the timed rounds, and two runs' p95 apart by up to 2×.
     */
    private static final int WARM_UP_ROUNDS = Integer.getInteger("ngvh.bench.warm-up", 10);
    private static final java.util.concurrent.atomic.AtomicLongArray TIMED_FROM =
            new java.util.concurrent.atomic.AtomicLongArray(2);
    private static final int COST_ROUNDS = 30;
    /** The year shown: 2026 unless {@code -Dngvh.bench.year=…} says another. */
    private static final String VIEW = "year=" + System.getProperty("ngvh.bench.year", "2026") + "&period=YEAR";
    private static final List<String> PAGES = List.of("/?" + VIEW, "/submissions?" + VIEW,
            "/submissions/history?agency=CQ07&" + VIEW, "/agencies?agency=CQ07&" + VIEW, "/tasks?" + VIEW,
            "/events?" + VIEW, "/spending?" + VIEW, "/year-end?" + VIEW, "/jobs?" + VIEW, "/downloads?" + VIEW);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("NGVH_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NgvhApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false)
                .run(arguments(url, args))) {
            new ResourceDatabasePopulator(new ClassPathResource("report/benchmark-data.sql"))
                    .execute(context.getBean(DataSource.class));
            context.getBean(DataSource.class).getConnection().createStatement()
                    .execute("TRUNCATE app_user, audit_log CASCADE");
            context.getBean(DashboardCommands.class).user(List.of("add", "doban"), "VIEWER",
                    new ByteArrayInputStream("Mat-khau-do-ban-1\n".getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
            long cpuBefore = cpuMillis();
            List<String> lines = measure(base);
            long cpuMeasured = cpuMillis();
            lines.add(String.format("Timed rounds only: CPU per request %.1f ms; time in JIT compiler threads during them %d ms"
                    + " (elapsed, not CPU: the compiler threads wait for the 2 cores like everything else)",
                    (cpuMeasured - TIMED_FROM.get(0)) / (double) (CLIENTS * ROUNDS * PAGES.size()),
                    jitMillis() - TIMED_FROM.get(1)));
            // the sign-ins and warm-up rounds are counted too: CPU is not attributable to one request
            int requests = CLIENTS * (WARM_UP_ROUNDS + ROUNDS) * PAGES.size();
            lines.add(String.format("CPU of this process (server and clients, sign-ins included) per request: %.1f ms",
                    (cpuMeasured - cpuBefore) / (double) requests));
            lines.add("load average before: " + loadBefore + "; after: "
                    + Files.readString(Path.of("/proc/loadavg")).trim());
            lines.addAll(costs(base));
            lines.forEach(System.out::println);
            Files.write(Path.of("target/dashboard-benchmark.txt"), lines);
        }
    }

    /** The application's settings, then any given on the command line (to compare one setting on and off). */
    private static String[] arguments(String url, String[] extra) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--server.port=0", "--management.server.port=0", "--spring.main.web-application-type=servlet",
                "--ngvh.dashboard.output=" + Files.createTempDirectory("ngvh-dashboard-benchmark-"),
                "--logging.level.root=WARN"));
        arguments.addAll(List.of(extra));
        return arguments.toArray(String[]::new);
    }

    private static long jitMillis() {
        return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
    }

    private static List<String> measure(String base) throws Exception {
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        PAGES.forEach(p -> times.put(p, new CopyOnWriteArrayList<>()));
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        java.util.concurrent.CyclicBarrier warm = new java.util.concurrent.CyclicBarrier(CLIENTS, () -> {
            TIMED_FROM.set(0, cpuMillis());
            TIMED_FROM.set(1, jitMillis());
        });
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            clients.add(pool.submit(() -> {
                HttpClient http = signedIn(base);
                for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                    for (String page : PAGES) {
                        get(http, base + page);
                    }
                }
                warm.await();
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < PAGES.size(); i++) {
                        String page = PAGES.get((i + offset) % PAGES.size());
                        long start = System.nanoTime();
                        get(http, base + page);
                        times.get(page).add((System.nanoTime() - start) / 1_000_000);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-50s %8s %8s %8s", "trang", "trung vị", "p95", "số lần"));
        Map<String, List<Long>> ordered = new LinkedHashMap<>();
        PAGES.forEach(p -> ordered.put(p, times.get(p)));
        ordered.forEach((page, list) -> {
            List<Long> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            lines.add(String.format("%-50s %6d ms %6d ms %8d", page, percentile(sorted, 50), percentile(sorted, 95),
                    sorted.size()));
        });
        return lines;
    }

    /**
     * Each page alone, one client, {@value #COST_ROUNDS} times in a row after the concurrent run: the mean time of a
     * request with nothing else to wait for (about the CPU the page costs the server and the client), and the bytes
     * the page's HTML takes on the wire and uncompressed (each page's HTML is kept under target/dashboard-benchmark/).
     */
    private static List<String> costs(String base) throws IOException, InterruptedException {
        HttpClient http = signedIn(base);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-50s %8s %10s %10s", "trang (một client)", "trung bình", "byte gửi", "byte HTML"));
        for (String page : PAGES) {
            long start = System.nanoTime();
            Page last = null;
            for (int i = 0; i < COST_ROUNDS; i++) {
                last = fetch(http, base + page);
            }
            Path saved = Path.of("target", "dashboard-benchmark", page.replaceAll("[^A-Za-z0-9]+", "_") + ".html");
            Files.createDirectories(saved.getParent());
            Files.writeString(saved, last.body(), StandardCharsets.UTF_8);
            lines.add(String.format("%-50s %7.1f ms %10d %10d", page,
                    (System.nanoTime() - start) / 1e6 / COST_ROUNDS, last.wireBytes(), last.htmlBytes()));
        }
        return lines;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    }

    private static HttpClient signedIn(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Matcher token = CSRF.matcher(get(http, base + "/login"));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=doban&password=Mat-khau-do-ban-1&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("sign-in refused: " + response.uri());
        }
        return http;
    }

    private record Page(String body, int wireBytes, int htmlBytes) {
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        return fetch(http, url).body();
    }

    /** Asks for gzip like a browser does (Java's client does not), and inflates what comes gzipped. */
    private static Page fetch(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        byte[] body = response.body();
        boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase)
                .isPresent();
        byte[] html = gzipped ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes() : body;
        return new Page(new String(html, StandardCharsets.UTF_8), body.length, html.length);
    }
}
