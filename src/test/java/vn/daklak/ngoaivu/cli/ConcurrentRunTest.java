package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.daklak.ngoaivu.NgvhApplication;
import vn.daklak.ngoaivu.TestDatabase;
import vn.daklak.ngoaivu.samples.SampleInbox;

/**
 * Two {@code run} processes started together on the same inbox and database, as real JVMs: one runs, the other says
 * so in one line and exits 3 without touching anything; every file is taken exactly once and the figures are exact.
 */
class ConcurrentRunTest {

    private static final String URL = TestDatabase.url();
    private static final String USER = TestDatabase.user();

    @TempDir
    Path temp;

    @Test
    void twoRunsStartedTogetherTakeEveryFileExactlyOnce() throws Exception {
        emptyMigratedDatabase();
        Path input = temp.resolve("input");
        Path output = temp.resolve("output");
        SampleInbox.copyMasterData(input);
        int files = SampleInbox.write(input.resolve("inbox")).size();

        Process first = start(input, output, temp.resolve("first.txt"));
        Process second = start(input, output, temp.resolve("second.txt"));
        int firstCode = exitCode(first, temp.resolve("first.txt"));
        int secondCode = exitCode(second, temp.resolve("second.txt"));

        assertThat(List.of(firstCode, secondCode)).containsExactlyInAnyOrder(0, 3);
        List<String> refused = Files.readAllLines(temp.resolve(firstCode == 3 ? "first.txt" : "second.txt"));
        assertThat(refused).singleElement().satisfies(line -> assertThat(line).matches(
                "Một lần chạy khác đang diễn ra \\(từ \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\); lần này không làm gì\\. .*"));
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(URL, USER, TestDatabase.password()));
        assertThat(jdbc.sql("""
                SELECT (SELECT count(*) FROM submission) || ' ' || (SELECT count(DISTINCT sha256) FROM submission) || ' '
                    || (SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED') || ' '
                    || (SELECT count(*) FROM batch_job_execution) || ' ' || (SELECT count(*) FROM pipeline_run) || ' '
                    || (SELECT count(*) FROM report_pending)""").query(String.class).single())
                .isEqualTo(files + " " + files + " 1 1 1 0");
        try (Stream<Path> inbox = Files.list(input.resolve("inbox"))) {
            assertThat(inbox.filter(p -> !p.getFileName().toString().startsWith("."))).isEmpty();
        }
        SampleInbox.assertSummaryAsIntended(output, 2024, "YEAR");
        SampleInbox.assertSummaryAsIntended(output, 2024, "H1");
    }

    private Process start(Path input, Path output, Path console) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-cp", applicationClassPath(), NgvhApplication.class.getName(),
                "run", "--input", input.toString(), "--output", output.toString(),
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER));
        if (!TestDatabase.password().isEmpty()) {
            command.add("--spring.datasource.password=" + TestDatabase.password());
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile())
                .directory(new File(".")).start();
    }

    /** The test class path without the test classes: a child must run the application as shipped, not test beans. */
    private static String applicationClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    }

    private static int exitCode(Process process, Path console) throws InterruptedException, IOException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the run did not end within 5 minutes; its console:\n" + Files.readString(console));
        }
        return process.exitValue();
    }

    private static void emptyMigratedDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, TestDatabase.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        Flyway.configure().dataSource(URL, USER, TestDatabase.password()).locations("classpath:db/migration").load()
                .migrate();
    }
}
