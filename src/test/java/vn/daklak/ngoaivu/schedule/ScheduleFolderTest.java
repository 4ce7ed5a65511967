package vn.daklak.ngoaivu.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule files of a folder: the shipped ones, the folder's other files, a missing folder, a faulty file. */
class ScheduleFolderTest {

    @TempDir
    Path temp;

    @Test
    void theShippedSchedulesAreTheFivePropertiesFilesOfJobs() {
        var schedules = folder(Path.of("jobs")).load();

        assertThat(schedules).extracting(Schedule::name, Schedule::commandLine, Schedule::cronText)
                .containsExactly(
                        tuple("nightly-run", "run", "0 0 2 * * *"),
                        tuple("purge-batch-metadata",
                                "purge-batch-metadata retention=P2Y", "0 0 3 * * SUN"),
                        tuple("reminders-weekly", "reminders", "0 0 7 * * MON"),
                        tuple("report-h1", "report period=H1", "0 30 17 14,20 6 *"),
                        tuple("report-year", "report period=YEAR",
                                "0 30 17 14,20 12 *"));
        assertThat(schedules).allMatch(Schedule::enabled).allMatch(s -> s.zone().getId().equals("Asia/Ho_Chi_Minh"));
    }

    @Test
    void aMissingFolderHasNoSchedules() {
        assertThat(folder(temp.resolve("khong-co")).load()).isEmpty();
    }

    @Test
    void theFirstFaultyFileStopsTheLoadNamingItsLine() throws IOException {
        Files.writeString(temp.resolve("a.properties"), "command=run\ncron=0 0 2 * * *\n");
        Files.writeString(temp.resolve("b.properties"), "command=run\ncron=0 0 2 * * *\nzone=Mars/Olympus\n");
        Files.writeString(temp.resolve("nightly-run.sh"), "not a schedule");

        assertThatThrownBy(() -> folder(temp).load()).isInstanceOf(ScheduleFileException.class)
                .hasMessage("Tệp lịch " + temp.resolve("b.properties") + ", dòng 3: múi giờ \"Mars/Olympus\" không "
                        + "có; viết theo tên IANA, ví dụ Asia/Ho_Chi_Minh. Sửa tệp đó rồi chạy lại.");
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws IOException {
        Files.write(temp.resolve("c.properties"), "# l\u1ECBch\ncommand=run\n".getBytes(StandardCharsets.UTF_16));

        assertThatThrownBy(() -> folder(temp).load()).isInstanceOf(ScheduleFileException.class)
                .hasMessage("Tệp lịch " + temp.resolve("c.properties") + ": tệp không phải văn bản UTF-8; lưu lại dưới"
                        + " dạng UTF-8. Sửa tệp đó rồi chạy lại.");
    }

    private static ScheduleFolder folder(Path path) {
        return new ScheduleFolder(new ScheduleProperties(path, Path.of("input"), Path.of("output")));
    }
}
