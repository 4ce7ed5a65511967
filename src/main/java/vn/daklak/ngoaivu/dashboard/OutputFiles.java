package vn.daklak.ngoaivu.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * The files the dashboard serves, found on the server: a period's report files by their name in the listing of that
 * period's folder, and an agency's feedback file by its submission's id. A name or id from a request only selects
 * among what the server listed itself; no path is ever built from request text.
 */
@ServletOnly
@Component
public class OutputFiles {

    /** Sub-folders of a period's report folder that are offered too. */
    private static final List<String> SUB_FOLDERS = List.of("charts", "exports");

    private final Path output;
    private final JdbcClient jdbc;

    OutputFiles(DashboardProperties properties, JdbcClient jdbc) {
        this.output = properties.output().toAbsolutePath().normalize();
        this.jdbc = jdbc;
    }

    /** A file on offer: its name as listed (with its sub-folder, "charts/x.png") and its size in bytes. */
    public record Listed(String name, long size) {
    }

    /** The period's report files, top folder first, then charts and exports; empty when not yet built. */
    public List<Listed> reportFiles(int year, Period period) {
        Path folder = periodFolder(year, period);
        Stream<Path> files = Stream.concat(regularFiles(folder),
                SUB_FOLDERS.stream().flatMap(sub -> regularFiles(folder.resolve(sub))));
        return files.map(f -> new Listed(folder.relativize(f).toString().replace('\\', '/'), size(f))).toList();
    }

    /** The report file of that name, only when it is one of {@link #reportFiles}. */
    public Optional<Path> reportFile(int year, Period period, String name) {
        Path folder = periodFolder(year, period);
        return reportFiles(year, period).stream().filter(f -> f.name().equals(name)).findFirst()
                .map(f -> folder.resolve(f.name()));
    }

    /** The feedback workbook of a submission, when it was written and still lies under the output folder. */
    public Optional<Path> feedbackFile(long submissionId) {
        return jdbc.sql("SELECT feedback_path FROM submission WHERE id = ?").param(submissionId).query(String.class)
                .optional().filter(p -> p != null && !p.isBlank())
                .map(p -> output.resolve(p).toAbsolutePath().normalize())
                .filter(p -> p.startsWith(output) && Files.isRegularFile(p));
    }

    private Path periodFolder(int year, Period period) {
        return output.resolve("reports").resolve(Integer.toString(year)).resolve(period.name());
    }

    private static Stream<Path> regularFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được thư mục báo cáo " + folder, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
