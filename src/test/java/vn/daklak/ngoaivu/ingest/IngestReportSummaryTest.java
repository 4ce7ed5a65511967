package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;

/** The run's one summary line: every figure the issue names, in Vietnamese number form, whatever the locale. */
class IngestReportSummaryTest {

    @Test
    void namesFilesSeenEachOutcomeLeftForLaterRowsAndDuration() {
        List<FileOutcome> files = List.of(
                outcome(Outcome.ACCEPTED, 1_200), outcome(Outcome.ACCEPTED, 300), outcome(Outcome.REJECTED, 0),
                outcome(Outcome.DUPLICATE, 0), outcome(Outcome.FAILED, 0));
        IngestReport report = new IngestReport(files, List.of("cu: là thư mục", "a.xlsx.part: đang được tải về"),
                new TreeSet<>(), Duration.ofMillis(83_250));

        assertThat(report.summaryLine()).isEqualTo("Tổng kết: đã xem 7 tệp — 2 chấp nhận, 1 bị từ chối, 1 trùng lặp,"
                + " 1 lỗi xử lý, 2 để lại lần sau; 1.500 dòng dữ liệu; 83,2 giây.");
    }

    @Test
    void anEmptyInboxSaysSoInTheSameForm() {
        IngestReport report = new IngestReport(List.of(), List.of(), new TreeSet<>(), Duration.ofMillis(40));

        assertThat(report.summaryLine()).isEqualTo("Tổng kết: đã xem 0 tệp — 0 chấp nhận, 0 bị từ chối, 0 trùng lặp,"
                + " 0 lỗi xử lý, 0 để lại lần sau; 0 dòng dữ liệu; 0 giây.");
    }

    private static FileOutcome outcome(Outcome outcome, long rows) {
        return new FileOutcome("f.xlsx", outcome, null, null, null, 0, 0, rows, "");
    }
}
