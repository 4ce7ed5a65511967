package vn.daklak.ngoaivu.cli;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.PeriodFigures;

/** One period's line of {@code status}: the counts, and by name (with the code) the agencies still missing. */
final class StatusLine {

    private StatusLine() {
    }

    static String of(YearPeriod p, PeriodFigures f) {
        return p.year() + " " + p.period() + ": " + f.expectedCodes().size() + " cơ quan phải báo cáo, "
                + f.acceptedCodes().size() + " đã có báo cáo được chấp nhận (" + f.onTimeCount() + " đúng hạn), "
                + f.missingCodes().size() + " chưa có" + names(f.agencies(), AgencyFigure::missing) + "; "
                + f.rejectedCodes().size() + " chỉ có tệp bị từ chối" + names(f.agencies(), AgencyFigure::rejected);
    }

    private static String names(List<AgencyFigure> agencies, Predicate<AgencyFigure> which) {
        String names = agencies.stream().filter(which).map(a -> a.label() + " (" + a.code() + ")")
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "" : ": " + names;
    }
}
