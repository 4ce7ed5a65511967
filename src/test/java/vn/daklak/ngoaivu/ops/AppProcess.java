package vn.daklak.ngoaivu.ops;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.NgvhApplication;
import vn.daklak.ngoaivu.TestDatabase;

/**
 * The application as shipped (the main classes and their libraries, no test class) in a JVM of its own, on a database
 * URL: what the operator starts, so that kill -9 and SIGTERM reach a real process. Its console goes to a file.
 */
final class AppProcess {

    private final Process process;
    private final Path console;

    private AppProcess(Process process, Path console) {
        this.process = process;
        this.console = console;
    }

    static AppProcess start(Path console, String databaseUrl, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-cp", applicationClassPath(), NgvhApplication.class.getName()));
        command.addAll(List.of(args));
        command.add("--spring.datasource.url=" + databaseUrl);
        command.add("--spring.datasource.username=" + TestDatabase.user());
        if (!TestDatabase.password().isEmpty()) {
            command.add("--spring.datasource.password=" + TestDatabase.password());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile())
                .directory(new File(".")).start();
        return new AppProcess(process, console);
    }

    long pid() {
        return process.pid();
    }

    /** kill -9: the JVM gets no chance to do anything (what a power cut does to the process). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as systemd or Ctrl+C sends it. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the end and returns the exit code; fails with the console when it does not end in time. */
    int exitCode(Duration within) throws InterruptedException, IOException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the process did not end within " + within + "; its console:\n" + console());
        }
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    String console() throws IOException {
        return Files.exists(console) ? Files.readString(console, StandardCharsets.UTF_8) : "";
    }

    List<String> consoleLines() throws IOException {
        return console().lines().toList();
    }

    /** Polls until {@code condition} holds; fails with the console when the process ends first or time runs out. */
    void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("never saw: " + what + " (process alive: " + process.isAlive()
                        + "); its console:\n" + console());
            }
            Thread.sleep(100);
        }
    }

    /** The test class path without the test classes: a child must run the application as shipped, not test beans. */
    private static String applicationClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
