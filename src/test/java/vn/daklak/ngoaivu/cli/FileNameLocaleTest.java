package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.NgvhApplication;
import vn.daklak.ngoaivu.samples.SampleInbox;

/**
 * The program in a child JVM with the locale variables unset (the POSIX locale of cron and systemd: it starts itself
 * again under C.UTF-8) and with a UTF-8 locale, on a workbook named in Vietnamese, once in NFC (as typed on Windows)
 * and once in NFD (as macOS writes it), passed as arguments.
 */
class FileNameLocaleTest {

    private static final String NAME = "Báo cáo Sở Ngoại vụ năm 2024.xlsx";

    @TempDir
    static Path folder;
    static Path nfc;
    static Path nfd;

    @BeforeAll
    static void writeFiles() throws IOException {
        Path samples = Files.createDirectories(folder.resolve("mau"));
        SampleInbox.write(samples);
        Path good = samples.resolve("SNGV-2024-YEAR.xlsx");
        nfc = Files.copy(good, folder.resolve(Normalizer.normalize(NAME, Normalizer.Form.NFC)));
        nfd = Files.copy(good, folder.resolve(Normalizer.normalize(NAME, Normalizer.Form.NFD)));
    }

    @Test
    void underThePosixLocaleTheProgramStartsItselfUnderUtf8AndReadsBothNames() throws Exception {
        Result result = validate(Map.of(), nfc, nfd);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains(nfc + ": sẽ được chấp nhận", nfd + ": sẽ được chấp nhận");
    }

    @Test
    void whereNoUtf8LocaleCanBeHadTheProgramRefusesAtStartWithAClearMessage() {
        assertThat(StartChecks.fileNames("ANSI_X3.4-1968")).get().asString()
                .startsWith("Hệ thống đang dùng bảng mã ANSI_X3.4-1968").contains("LC_ALL=C.UTF-8");
        assertThat(StartChecks.fileNames("UTF-8")).isEmpty();
    }

    @Test
    void underAUtf8LocaleBothNfcAndNfdNamesAreReadAndNamedBack() throws Exception {
        Result result = validate(Map.of("LC_ALL", "C.UTF-8"), nfc, nfd);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains(nfc + ": sẽ được chấp nhận", nfd + ": sẽ được chấp nhận");
    }

    private static Result validate(Map<String, String> locale, Path... files) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), NgvhApplication.class.getName(), "validate", "--input",
                Path.of("input").toAbsolutePath().toString()));
        for (Path file : files) {
            command.add(file.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_")
                || k.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(locale);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
