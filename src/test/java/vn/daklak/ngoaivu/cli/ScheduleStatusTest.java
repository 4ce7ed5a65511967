package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.schedule.NextRuns;

/** The schedules' lines of {@code status}. */
class ScheduleStatusTest {

    @Test
    void eachScheduleWithItsNextRunInVietnamTime() {
        NextRuns.Listing listing = new NextRuns.Listing(Path.of("jobs"), List.of(
                new NextRuns.Upcoming("nightly-run", "run", true, LocalDateTime.of(2026, 12, 1, 2, 0), 2),
                new NextRuns.Upcoming("report-h1", "report period=H1", false, null, 0)), null);

        assertThat(ScheduleStatus.lines(listing)).containsExactly(
                "Các tác vụ định kỳ của serve (jobs, giờ Việt Nam):",
                "  nightly-run: run, lần tới: 01/12/2026 02:00; đã bỏ qua 2 lần vì đang có lần chạy khác",
                "  report-h1: report period=H1, lần tới: tắt");
    }

    @Test
    void aFaultyFileIsSaidNotThrown() {
        NextRuns.Listing listing = new NextRuns.Listing(Path.of("jobs"), List.of(), "Tệp lịch jobs/a.properties, "
                + "dòng 2: lệnh \"x\" không có; dùng một trong: run, report, reminders, purge-batch-metadata. Sửa tệp "
                + "đó rồi chạy lại.");

        assertThat(ScheduleStatus.lines(listing)).containsExactly("Các tác vụ định kỳ của serve: Tệp lịch "
                + "jobs/a.properties, dòng 2: lệnh \"x\" không có; dùng một trong: run, report, reminders, "
                + "purge-batch-metadata. Sửa tệp đó rồi chạy lại.");
    }

    @Test
    void noScheduleFiles() {
        assertThat(ScheduleStatus.lines(new NextRuns.Listing(Path.of("jobs"), List.of(), null)))
                .containsExactly("Không có tác vụ định kỳ nào (không có tệp .properties trong jobs).");
    }
}
