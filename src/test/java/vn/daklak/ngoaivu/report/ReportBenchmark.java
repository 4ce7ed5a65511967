package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import vn.daklak.ngoaivu.NgvhApplication;
import vn.daklak.ngoaivu.ingest.IngestService;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * Times {@link ReportService#rebuild} of one period's full report set (not a test: run it by hand, it empties the
 * database it is given). First the shipped sample inbox is ingested and 2024 YEAR rebuilt; then a generated 5-year,
 * 60-agency province ({@code report/benchmark-data.sql}) replaces it and 2026 YEAR is rebuilt. Each rebuild runs
 * {@value #ROUNDS} times; the first includes the JVM's warm-up. Results go to the log and to
 * {@code target/report-benchmark.txt}.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * NGVH_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/scratch \
 *   java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.daklak.ngoaivu.report.ReportBenchmark
 * </pre>
 */
public final class ReportBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ReportBenchmark.class);
    private static final int ROUNDS = 3;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String url = System.getenv().getOrDefault("NGVH_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        Path work = Files.createTempDirectory("ngvh-benchmark-");
        List<String> lines = new ArrayList<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NgvhApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres")) {
            ReportService reports = context.getBean(ReportService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Path input = sampleInput(work.resolve("input"));
            context.getBean(IngestService.class).ingest(input, work.resolve("ingest"), "run", LOG::debug);
            lines.add(time("Dữ liệu mẫu, 2024 YEAR", jdbc, () -> reports.rebuild(2024, Period.YEAR,
                    work.resolve("sample"))));
            new ResourceDatabasePopulator(new ClassPathResource("report/benchmark-data.sql"))
                    .execute(context.getBean(DataSource.class));
            lines.add(time("Dữ liệu sinh 2022–2026, 60 cơ quan, 2026 YEAR", jdbc, () -> reports.rebuild(2026,
                    Period.YEAR, work.resolve("generated"))));
            // the year after the 2025 reorganisation's first: five agencies fewer, their history carried
            lines.add(time("Dữ liệu sinh 2022–2026, 60 cơ quan, 2025 YEAR", jdbc, () -> reports.rebuild(2025,
                    Period.YEAR, work.resolve("generated"))));
        } finally {
            PeriodFolder.deleteTree(work);
        }
        lines.forEach(LOG::warn);
        Files.write(Path.of("target", "report-benchmark.txt"), lines, StandardCharsets.UTF_8);
    }

    private static String time(String label, JdbcClient jdbc, Runnable rebuild) {
        long rows = jdbc.sql("SELECT (SELECT count(*) FROM task_report) + (SELECT count(*) FROM event)"
                + " + (SELECT count(*) FROM spending)").query(Long.class).single();
        List<String> seconds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            long cpu = cpuMillis();
            rebuild.run();
            // the CPU of the whole process (both report threads, JIT, GC): steadier than the time on a busy machine
            seconds.add(String.format("%.2f s (CPU %.2f s)", (System.nanoTime() - start) / 1e9,
                    (cpuMillis() - cpu) / 1e3));
        }
        return label + " (" + rows + " dòng dữ liệu trong CSDL; load " + load() + "): " + String.join(", ", seconds);
    }

    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** A copy of the shipped inbox with increasing old modification times, as the end-to-end test makes it. */
    private static Path sampleInput(Path input) throws IOException {
        for (String folder : List.of("reference", "plans")) {
            copy(Path.of("input", folder), input.resolve(folder));
        }
        Path inbox = Files.createDirectories(input.resolve("inbox"));
        Instant modified = Instant.parse("2024-12-20T01:00:00Z");
        for (Path file : list(Path.of("input", "inbox"))) {
            if (file.toString().endsWith(".xlsx")) {
                Files.setLastModifiedTime(Files.copy(file, inbox.resolve(file.getFileName())), FileTime.from(modified));
                modified = modified.plusSeconds(60);
            }
        }
        return input;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (Path file : list(from)) {
            Files.copy(file, to.resolve(file.getFileName()));
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
