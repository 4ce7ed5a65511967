package vn.daklak.ngoaivu.ingest;

import java.time.Duration;
import java.util.List;
import java.util.SortedSet;
import vn.daklak.ngoaivu.normalize.YearPeriod;

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
}
