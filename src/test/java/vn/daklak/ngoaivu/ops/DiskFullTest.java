package vn.daklak.ngoaivu.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.samples.SampleInbox;

/**
 * The output disk fills up while a period's reports are rebuilt: a real small file system (a 48 MB tmpfs mounted on the
 * output folder, which needs root; the test says so and is skipped elsewhere). The good report folder stays as it was,
 * nothing half-written is left, the new file is kept (archived and recorded), the console says the disk is full, where
 * and how much is needed, and once space is freed the next run rebuilds the period.
 */
class DiskFullTest {

    private static final Duration LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path temp;

    @Test
    void aFullOutputDiskKeepsTheGoodReportsAndSaysWhatHappened() throws Exception {
        try (ScratchDatabase db = new ScratchDatabase()) {
            FaultScene scene = new FaultScene(temp);
            Files.createDirectories(scene.output);
            assumeTrue(mount(scene.output), "DiskFullTest skipped: cannot mount a small tmpfs here (needs root)");
            try {
                workbook(scene, "SVHTTDL-2024-YEAR-a.xlsx", 300, "2025-01-05T01:00:00Z");
                AppProcess first = AppProcess.start(temp.resolve("run1.txt"), db.url(), scene.args("run"));
                assertThat(first.exitCode(LIMIT)).as(first.console()).isZero();
                Path year = scene.output.resolve("reports/2024/YEAR");
                byte[] goodSummary = Files.readAllBytes(year.resolve("summary.json"));
                List<String> goodFiles = listing(year);

                workbook(scene, "SVHTTDL-2024-YEAR-b.xlsx", 400, "2025-01-06T01:00:00Z");
                Path filler = scene.output.resolve("filler.bin");
                fill(filler, Files.getFileStore(scene.output).getUsableSpace() - 400 * 1024);
                AppProcess second = AppProcess.start(temp.resolve("run2.txt"), db.url(), scene.args("run"));
                int exit = second.exitCode(LIMIT);

                assertThat(exit).as(second.console()).isEqualTo(1);
                assertThat(second.console()).contains("Không lập được báo cáo 2024 YEAR (Hết chỗ trống trên đĩa khi ghi "
                        + "vào " + year + ": đã ghi được ").contains(" MB thì đĩa đầy, còn trống ")
                        .contains("cần ít nhất ").contains("Hãy giải phóng chỗ trên đĩa này rồi chạy lại; bản cũ được "
                                + "giữ nguyên.); kỳ này sẽ được lập lại ở lần chạy sau");
                assertThat(Files.readAllBytes(year.resolve("summary.json"))).isEqualTo(goodSummary);
                assertThat(listing(year)).isEqualTo(goodFiles);
                assertThat(FaultScene.hidden(scene.output)).isEmpty();
                assertThat(scene.inbox()).isEmpty();
                assertThat(db.value("""
                        SELECT (SELECT string_agg(status || ':' || (stored_path IS NOT NULL), ',' ORDER BY id)
                                FROM submission) || ' ' || (SELECT count(*) FROM event) || ' '
                            || (SELECT string_agg(year || ' ' || period, ',') FROM report_pending)"""))
                        .isEqualTo("ACCEPTED:true,ACCEPTED:true 630 2024 YEAR");

                Files.delete(filler);
                AppProcess third = AppProcess.start(temp.resolve("run3.txt"), db.url(), scene.args("run"));
                assertThat(third.exitCode(LIMIT)).as(third.console()).isZero();
                assertThat(Files.readString(year.resolve("summary.json"))).isNotEqualTo(new String(goodSummary,
                        java.nio.charset.StandardCharsets.UTF_8));
                assertThat(db.value("SELECT count(*) FROM report_pending")).isEqualTo("0");
                assertThat(FaultScene.hidden(scene.output)).isEmpty();
            } finally {
                unmount(scene.output);
            }
        }
    }

    private static void workbook(FaultScene scene, String name, int rows, String modified) throws IOException {
        Path file = scene.input.resolve("inbox").resolve(name);
        SampleInbox.writeLarge(file, rows);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
    }

    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> folder.relativize(p) + ":" + p.toFile().length()).sorted().toList();
        }
    }

    private static boolean mount(Path at) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        return command("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", at.toString()) == 0;
    }

    private static void unmount(Path at) throws IOException, InterruptedException {
        command("umount", at.toString());
    }

    private static int command(String... words) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(words).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(1, TimeUnit.MINUTES) ? p.exitValue() : -1;
    }
}
