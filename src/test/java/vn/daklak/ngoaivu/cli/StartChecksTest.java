package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals before anything starts: one Vietnamese line with the absolute path, exit code 2, nothing created. */
class StartChecksTest {

    private static final String INPUT = Path.of("input").toAbsolutePath().toString();

    @TempDir
    Path temp;

    @Test
    void aMissingInputFolderIsNamedWithItsAbsolutePathAndTheWayOut() {
        Path missing = temp.resolve("khong-co");
        Path output = temp.resolve("output");

        assertThat(refusal("run", "--input", missing.toString(), "--output", output.toString())).contains(
                "Không có thư mục dữ liệu vào " + missing.toAbsolutePath() + ": hãy cd tới thư mục chứa input/ hoặc"
                        + " chỉ định --input THƯ_MỤC.");
        assertThat(Launcher.run(new String[] {"run", "--input", missing.toString(), "--output", output.toString()}))
                .isEqualTo(2);
        assertThat(output).doesNotExist();
        assertThat(missing).doesNotExist();
    }

    @Test
    void runAndIngestNeedAnInboxButValidateDoesNot() throws IOException {
        Path input = Files.createDirectories(temp.resolve("vao"));

        assertThat(refusal("ingest", "--input", input.toString(), "--output", temp.resolve("ra").toString()))
                .contains("Thư mục dữ liệu vào " + input.toAbsolutePath() + " không có thư mục con inbox/: hãy kiểm"
                        + " tra lại --input (thư mục chứa inbox/, reference/, plans/).");
        assertThat(Launcher.run(new String[] {"ingest", "--input", input.toString(), "--output",
                temp.resolve("ra").toString()})).isEqualTo(2);
        assertThat(temp.resolve("ra")).doesNotExist();
        assertThat(refusal("validate", "--input", input.toString(),
                Files.createFile(temp.resolve("a.xlsx")).toString())).isEmpty();
    }

    @Test
    void anOutputThatCannotBeCreatedIsRefusedBeforeTheDatabaseStarts() throws IOException {
        Path file = Files.writeString(temp.resolve("tep-thuong"), "không phải thư mục");
        Path output = file.resolve("output");

        assertThat(refusal("report", "--year", "2024", "--period", "YEAR", "--output", output.toString())).contains(
                "Không ghi được vào thư mục kết quả " + output.toAbsolutePath() + " (" + file.toAbsolutePath()
                        + " không phải là thư mục): hãy chỉ định --output THƯ_MỤC ghi được.");
        assertThat(Launcher.run(new String[] {"report", "--year", "2024", "--period", "YEAR", "--output",
                output.toString()})).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("không phải thư mục");
    }

    @Test
    void validateOnAFileThatDoesNotExistSaysSo() {
        Path missing = temp.resolve("khong-co.xlsx");

        assertThat(refusal("validate", missing.toString())).contains("Không có tệp " + missing.toAbsolutePath()
                + ": hãy kiểm tra tên và đường dẫn của tệp cần kiểm tra.");
        assertThat(Launcher.run(new String[] {"validate", missing.toString()})).isEqualTo(2);
    }

    @Test
    void reportForAYearWithoutAPlanRefusesLikeTemplate() {
        String expected = "Chưa có kế hoạch năm 2031 (thiếu tệp " + INPUT + "/plans/plan-2031-tasks.csv): hãy đặt"
                + " tệp kế hoạch của năm vào đó rồi chạy lại.";
        Path output = temp.resolve("output");

        assertThat(refusal("report", "--year", "2031", "--period", "H1", "--output", output.toString()))
                .contains(expected);
        assertThat(refusal("template", "--year", "2031", "--output", output.toString())).contains(expected);
        assertThat(Launcher.run(new String[] {"report", "--year", "2031", "--period", "H1", "--output",
                output.toString()})).isEqualTo(2);
        assertThat(output).doesNotExist();
        assertThat(refusal("report", "--year", "2024", "--period", "H1", "--output", output.toString())).isEmpty();
    }

    @Test
    void fileNamesThatTheJvmCannotReadAsUtf8StopTheProgram() {
        assertThat(StartChecks.fileNames("ANSI_X3.4-1968")).contains("Hệ thống đang dùng"
                + " bảng mã ANSI_X3.4-1968 cho tên tệp nên không đọc được tên tệp tiếng Việt: hãy chạy với bảng mã"
                + " UTF-8, ví dụ LC_ALL=C.UTF-8 java -jar target/ngvh.jar …");
        assertThat(StartChecks.fileNames("UTF-8")).isEmpty();
    }

    private static Optional<String> refusal(String... args) {
        return StartChecks.refusal(CommandLine.parse(args));
    }
}
