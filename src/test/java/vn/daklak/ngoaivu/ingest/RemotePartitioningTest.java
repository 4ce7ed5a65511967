package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.NgvhApplication;
import vn.daklak.ngoaivu.TestDatabase;
import vn.daklak.ngoaivu.ops.ScratchDatabase;
import vn.daklak.ngoaivu.samples.SampleInbox;

/**
 * Remote partitioning for real: RabbitMQ at 127.0.0.1:5672 (guest/guest), a manager {@code run} and two
 * {@code worker} JVMs on one database and folder. One worker is killed (SIGKILL) in the middle of a partition: the
 * manager's wait ends with the run failed and that partition's files left in the inbox; the next {@code run} restarts
 * the run, a restarted worker takes the partition again, and every figure is exact. The queue is this test's own.
 */
class RemotePartitioningTest {

    private static final String USER = TestDatabase.user();
    private static final int PARTITIONS = 4;
    private static final int TIMEOUT_SECONDS = 150;

    private final String queue = "ngvh.test." + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    private final List<Process> processes = new ArrayList<>();
    // a database of this test's own: the manager and workers are other processes, and the shared test database's
    // schema must not be dropped under the cached contexts of the other tests
    private final ScratchDatabase database = new ScratchDatabase();

    @TempDir
    Path temp;

    @AfterEach
    void stopEverything() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        database.close();
        com.rabbitmq.client.ConnectionFactory rabbit = new com.rabbitmq.client.ConnectionFactory();
        rabbit.setHost("127.0.0.1");
        try (var connection = rabbit.newConnection(); var channel = connection.createChannel()) {
            channel.queueDelete(queue);
        }
    }

    @Test
    void aWorkerKilledMidPartitionLeavesAFailedPartitionThatTheRestartTakesAgain() throws Exception {
        Flyway.configure().dataSource(database.url(), USER, TestDatabase.password())
                .locations("classpath:db/migration").load().migrate();
        Path input = temp.resolve("input");
        Path output = temp.resolve("output");
        SampleInbox.copyMasterData(input);
        int files = SampleInbox.write(input.resolve("inbox")).size();
        JdbcClient jdbc = database.jdbc();

        Process doomed = worker(input, output, "worker-a");
        worker(input, output, "worker-b");
        Process manager = start(input, output, "manager-1", "run", "--ngvh.ingest.remote-partitioning=true");
        awaitDone(jdbc, 2);
        doomed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(exitCode(manager, "manager-1")).isEqualTo(1);
        List<Integer> open = jdbc.sql("SELECT DISTINCT partition_no FROM ingest_file WHERE outcome IS NULL OR retry")
                .query(Integer.class).list();
        assertThat(open).as("the killed worker's partition, and only it, is left open").hasSize(1);
        long left = jdbc.sql("SELECT count(*) FROM ingest_file WHERE outcome IS NULL").query(Long.class).single();
        assertThat(left).isPositive();
        // every open file is still in the inbox, except at most the one the killed worker (one thread) had decided
        // and moved when it died, before recording its outcome: the restart finds it moved and records it
        assertThat(inbox(input).size()).isBetween((int) left - 1, (int) left);
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE status = 'LOADING'").query(Long.class).single())
                .isZero();

        worker(input, output, "worker-a2");
        Instant restart = Instant.now();
        Process again = start(input, output, "manager-2", "run", "--ngvh.ingest.remote-partitioning=true");
        assertThat(exitCode(again, "manager-2")).as(console("manager-2")).isZero();
        System.out.printf("remote partitioning: %d files, %d left by the killed worker, restart run took %d ms%n",
                files, left, Duration.between(restart, Instant.now()).toMillis());

        assertThat(jdbc.sql("""
                SELECT (SELECT count(*) FROM submission) || ' ' || (SELECT count(DISTINCT sha256) FROM submission) || ' '
                    || (SELECT count(*) FROM ingest_file WHERE outcome IN ('ACCEPTED', 'REJECTED')) || ' '
                    || (SELECT count(*) FROM batch_job_instance) || ' '
                    || (SELECT string_agg(status, ',' ORDER BY job_execution_id) FROM batch_job_execution) || ' '
                    || (SELECT count(*) FROM batch_step_execution WHERE step_name LIKE 'ingestPartitionStep:%')""")
                .query(String.class).single())
                .isEqualTo(files + " " + files + " " + files + " 1 FAILED,COMPLETED " + (PARTITIONS + 1));
        assertThat(inbox(input)).isEmpty();
        SampleInbox.assertSummaryAsIntended(output, 2024, "YEAR");
        SampleInbox.assertSummaryAsIntended(output, 2024, "H1");
    }

    private Process worker(Path input, Path output, String name) throws Exception {
        Process worker = start(input, output, name, "worker");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!console(name).contains("sẵn sàng")) {
            assertThat(worker.isAlive()).as(console(name)).isTrue();
            assertThat(Instant.now()).as("worker ready in 3 minutes").isBefore(deadline);
            Thread.sleep(200);
        }
        return worker;
    }

    private Process start(Path input, Path output, String name, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-Dfile.encoding=UTF-8",
                "-cp", applicationClassPath(), NgvhApplication.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--input", input.toString(), "--output", output.toString(),
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + USER,
                "--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=5672",
                "--ngvh.ingest.remote.requests=" + queue, "--ngvh.ingest.threads=1",
                "--ngvh.ingest.partitions=" + PARTITIONS, "--ngvh.ingest.remote.poll-seconds=1",
                "--ngvh.ingest.remote.timeout-seconds=" + TIMEOUT_SECONDS));
        if (!TestDatabase.password().isEmpty()) {
            command.add("--spring.datasource.password=" + TestDatabase.password());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve(name + ".txt").toFile()).directory(new File(".")).start();
        processes.add(process);
        return process;
    }

    /** Waits until {@code n} files have an outcome: the workers are then in the middle of their partitions. */
    private static void awaitDone(JdbcClient jdbc, int n) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (jdbc.sql("SELECT count(*) FROM ingest_file WHERE outcome IS NOT NULL").query(Long.class).single() < n) {
            assertThat(Instant.now()).as("files taken in 3 minutes").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private String console(String name) {
        try {
            Path file = temp.resolve(name + ".txt");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private int exitCode(Process process, String name) throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            throw new AssertionError("the manager did not end within 5 minutes; its console:\n" + console(name));
        }
        return process.exitValue();
    }

    /** The test class path without the test classes: a child runs the application as shipped. */
    private static String applicationClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    }

    private static List<Path> inbox(Path input) throws IOException {
        try (Stream<Path> inbox = Files.list(input.resolve("inbox"))) {
            return inbox.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
