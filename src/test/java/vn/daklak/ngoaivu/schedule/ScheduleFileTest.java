package vn.daklak.ngoaivu.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.normalize.Period;

/** Reading one schedule file: what it gives, and each fault named with the file and the line. */
class ScheduleFileTest {

    private static final Path FILE = Path.of("jobs", "thu.properties");

    @Test
    void aReportScheduleWithItsParameterAndZone() {
        Schedule s = parse("# kỳ 6 tháng", "", "command = report", "period: H1", "cron=0 30 17 14,20 6 *",
                "zone=Asia/Bangkok", "enabled=false");

        assertThat(s.name()).isEqualTo("thu");
        assertThat(s.command()).isEqualTo(ScheduledCommand.REPORT);
        assertThat(s.period()).isEqualTo(Period.H1);
        assertThat(s.parameters()).isEqualTo(Map.of("period", "H1"));
        assertThat(s.commandLine()).isEqualTo("report period=H1");
        assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
        assertThat(s.enabled()).isFalse();
        assertThat(s.nextAfter(Instant.parse("2026-06-14T10:29:59Z")))
                .contains(ZonedDateTime.parse("2026-06-14T17:30+07:00[Asia/Bangkok]"));
    }

    @Test
    void theZoneDefaultsToVietnamAndTheScheduleToOnAndThePurgeToTwoYears() {
        Schedule s = parse("command=purge-batch-metadata", "cron=0 0 3 * * SUN");

        assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(s.enabled()).isTrue();
        assertThat(s.retention()).isEqualTo(java.time.Period.ofYears(2));
        assertThat(s.nextAfter(Instant.parse("2026-11-30T02:00:00Z")))
                .contains(ZonedDateTime.parse("2026-12-06T03:00+07:00[Asia/Ho_Chi_Minh]"));
    }

    @Test
    void aBadCronNamesFileAndLine() {
        assertFault(List.of("command=run", "cron=0 2 * * *"), "Tệp lịch jobs/thu.properties, dòng 2: biểu thức cron "
                + "\"0 2 * * *\" có 5 trường, cần 6: giây phút giờ ngày tháng thứ (ví dụ 0 0 2 * * * là 02:00 mỗi ngày;"
                + " dòng crontab 5 trường thì thêm 0 ở đầu). Sửa tệp đó rồi chạy lại.");
        assertFault(List.of("command=run", "", "cron=0 0 25 * * *"), "Tệp lịch jobs/thu.properties, dòng 3: biểu thức"
                + " cron \"0 0 25 * * *\" có giá trị ngoài giới hạn (giây và phút 0–59, giờ 0–23, ngày 1–31, tháng 1–12"
                + " hoặc JAN–DEC, thứ 0–7 hoặc MON–SUN). Sửa tệp đó rồi chạy lại.");
    }

    @Test
    void anUnknownCommandNamesFileAndLine() {
        assertFault(List.of("# lịch", "command=rm -rf", "cron=0 0 2 * * *"), "Tệp lịch jobs/thu.properties, dòng 2: "
                + "lệnh \"rm -rf\" không có; dùng một trong: run, report, reminders, purge-batch-metadata. Sửa tệp đó "
                + "rồi chạy lại.");
    }

    @Test
    void aBadZoneNamesFileAndLine() {
        assertFault(List.of("command=run", "cron=0 0 2 * * *", "zone=Asia/Hanoi"), "Tệp lịch jobs/thu.properties, "
                + "dòng 3: múi giờ \"Asia/Hanoi\" không có; viết theo tên IANA, ví dụ Asia/Ho_Chi_Minh. Sửa tệp đó rồi "
                + "chạy lại.");
    }

    @Test
    void anUnknownKeyNamesFileAndLine() {
        assertFault(List.of("command=run", "cron=0 0 2 * * *", "enable=true"), "Tệp lịch jobs/thu.properties, dòng 3:"
                + " khóa \"enable\" không có; các khóa dùng được: command, cron, zone, enabled, period (lệnh report), "
                + "retention (lệnh purge-batch-metadata). Sửa tệp đó rồi chạy lại.");
    }

    @Test
    void otherFaults() {
        assertFault(List.of("command=run", "cron=0 0 2 * * *", "cron=0 0 3 * * *"),
                "Tệp lịch jobs/thu.properties, dòng 3: khóa \"cron\" đã có ở dòng 2. Sửa tệp đó rồi chạy lại.");
        assertFault(List.of("command=run", "period=H1", "cron=0 0 2 * * *"),
                "Tệp lịch jobs/thu.properties, dòng 2: tham số \"period\" không dùng cho lệnh run. Sửa tệp đó rồi chạy lại.");
        assertFault(List.of("command=report", "period=H2", "cron=0 0 2 * * *"), "Tệp lịch jobs/thu.properties, dòng 2:"
                + " kỳ \"H2\" không có; dùng H1 (6 tháng) hoặc YEAR (cả năm). Sửa tệp đó rồi chạy lại.");
        assertFault(List.of("command=report", "cron=0 0 2 * * *"), "Tệp lịch jobs/thu.properties: lệnh report cần "
                + "tham số period=H1 hoặc period=YEAR. Sửa tệp đó rồi chạy lại.");
        assertFault(List.of("command=purge-batch-metadata", "retention=2 năm", "cron=0 0 2 * * *"), "Tệp lịch "
                + "jobs/thu.properties, dòng 2: thời hạn lưu \"2 năm\" không hợp lệ; viết theo ISO-8601, ví dụ P2Y (2 "
                + "năm) hoặc P18M (18 tháng). Sửa tệp đó rồi chạy lại.");
        assertFault(List.of("command=run", "cron=0 0 2 * * *", "enabled=yes"), "Tệp lịch jobs/thu.properties, dòng 3:"
                + " enabled phải là true (bật) hoặc false (tắt), không phải \"yes\". Sửa tệp đó rồi chạy lại.");
        assertFault(List.of("command=run"), "Tệp lịch jobs/thu.properties: thiếu khóa cron, ví dụ cron=0 0 2 * * * "
                + "(02:00 mỗi ngày). Sửa tệp đó rồi chạy lại.");
        assertFault(List.of("command=run", "cron="), "Tệp lịch jobs/thu.properties, dòng 2: khóa cron chưa có giá trị,"
                + " ví dụ cron=0 0 2 * * * (02:00 mỗi ngày). Sửa tệp đó rồi chạy lại.");
        assertFault(List.of("command run"), "Tệp lịch jobs/thu.properties, dòng 1: dòng này không có dạng khóa=giá trị."
                + " Sửa tệp đó rồi chạy lại.");
    }

    private static Schedule parse(String... lines) {
        return ScheduleFile.parse(FILE, List.of(lines));
    }

    private static void assertFault(List<String> lines, String message) {
        assertThatThrownBy(() -> ScheduleFile.parse(FILE, lines)).isInstanceOf(ScheduleFileException.class)
                .hasMessage(message);
    }
}
