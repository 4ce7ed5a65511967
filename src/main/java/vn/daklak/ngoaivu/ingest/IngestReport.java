package vn.daklak.ngoaivu.ingest;

import java.time.Duration;
import java.util.List;
import java.util.SortedSet;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.support.VietnameseNumbers;

/**
 * The result of ingesting the inbox once: each file's fate (including files an earlier, interrupted run had decided
 * and this one finished), files left for later, and the periods whose data this run changed.
 */
public record IngestReport(List<FileOutcome> files, List<String> leftInInbox, SortedSet<YearPeriod> changedPeriods,
                           Duration elapsed) {

    public long count(FileOutcome.Outcome outcome) {
        return files.stream().filter(f -> f.outcome() == outcome).count();
    }

    public long rows() {
        return files.stream().mapToLong(FileOutcome::rows).sum();
    }

    /** "35 tệp: 30 chấp nhận, 3 bị từ chối, 2 trùng lặp" (and failures when any). */
    public String countsLine() {
        String line = files.size() + " tệp: " + count(FileOutcome.Outcome.ACCEPTED) + " chấp nhận, "
                + count(FileOutcome.Outcome.REJECTED) + " bị từ chối, " + count(FileOutcome.Outcome.DUPLICATE) + " trùng lặp";
        long failed = count(FileOutcome.Outcome.FAILED);
        return failed > 0 ? line + ", " + failed + " lỗi xử lý (để lại trong inbox)" : line;
    }

    /** Every file the run looked at: those it decided (or finished for an earlier run) and those it left for later. */
    public int seen() {
        return files.size() + leftInInbox.size();
    }

    /**
     * The run's one summary line, the same in the console, the log and the runs table: "Tổng kết: đã xem 66 tệp — 62
     * chấp nhận, 2 bị từ chối, 0 trùng lặp, 0 lỗi xử lý, 2 để lại lần sau; 1.234 dòng dữ liệu; 3,2 giây."
     */
    public String summaryLine() {
        return "Tổng kết: đã xem " + VietnameseNumbers.whole(seen()) + " tệp — "
                + count(FileOutcome.Outcome.ACCEPTED) + " chấp nhận, " + count(FileOutcome.Outcome.REJECTED)
                + " bị từ chối, " + count(FileOutcome.Outcome.DUPLICATE) + " trùng lặp, "
                + count(FileOutcome.Outcome.FAILED) + " lỗi xử lý, " + leftInInbox.size() + " để lại lần sau; "
                + VietnameseNumbers.whole(rows()) + " dòng dữ liệu; "
                + VietnameseNumbers.format(1).format(elapsed.toMillis() / 1000.0) + " giây.";
    }
}
