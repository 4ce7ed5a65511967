package vn.daklak.ngoaivu.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.samples.SampleInbox;

/** The folders of a fault test: the shipped master data, an inbox, an output folder. */
final class FaultScene {

    /** Rows of the large workbook: 9 in 10 activities, the rest spending, plus the plan's 8 task rows. */
    static final int LARGE_ROWS = 20_000;
    static final String LARGE = "SVHTTDL-2024-YEAR-lon.xlsx";
    /**
     * Whether another session is loading activities (its transaction's last statement a COPY into event): the middle
     * of the large file, seen from outside its one transaction, whose rows no other session can see before it commits.
     */
    static final String LOADING_EVENTS = "SELECT (to_regclass('public.event') IS NOT NULL AND EXISTS (SELECT 1 FROM "
            + "pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            + "AND xact_start IS NOT NULL AND query LIKE 'COPY event %'))::text";

    final Path input;
    final Path output;

    FaultScene(Path root) throws IOException {
        input = root.resolve("input");
        output = root.resolve("output");
        copyTree(Path.of("input/reference"), input.resolve("reference"));
        copyTree(Path.of("input/plans"), input.resolve("plans"));
        Files.createDirectories(input.resolve("inbox"));
    }

    /** The large SVHTTDL 2024 YEAR workbook in the inbox, old enough to be taken at once. */
    Path largeFile() throws IOException {
        Path file = input.resolve("inbox").resolve(LARGE);
        SampleInbox.writeLarge(file, LARGE_ROWS);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-01-05T01:00:00Z")));
        return file;
    }

    String[] args(String command, String... more) {
        return Stream.concat(Stream.of(command, "--input", input.toString(), "--output", output.toString()),
                Stream.of(more)).toArray(String[]::new);
    }

    List<String> inbox() throws IOException {
        try (Stream<Path> files = Files.list(input.resolve("inbox"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /** Files and folders under {@code root} whose name starts with a dot: staging folders, temporary files. */
    static List<String> hidden(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".")).map(Path::toString).toList();
        }
    }

    static int freePort() {
        return ThreadLocalRandom.current().nextInt(20000, 30000);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path file : list.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
