package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/**
 * The key figures of the deck, each with the same period of the year before: this period's numbers are the report's
 * ({@link PeriodFigures}' methods), the year before's come from the period's {@link YearComparison}.
 */
final class BriefingKeyFigures {

    /** One line of the key-figure table, as printed. */
    record Line(String label, String current, String previous, String change) {

        List<String> cells() {
            return List.of(label, current, previous, change);
        }
    }

    private final PeriodFigures figures;
    private final int previousYear;
    private final boolean hasPrevious;

    BriefingKeyFigures(PeriodFigures figures) {
        this.figures = figures;
        this.previousYear = figures.year() - 1;
        this.hasPrevious = figures.yearComparison().rows().stream().anyMatch(r -> r.year() == previousYear);
    }

    List<String> header() {
        return List.of("Chỉ tiêu", "Kỳ này", "Cùng kỳ năm " + previousYear, "Thay đổi");
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(onTime());
        lines.add(compared("Lượt nhiệm vụ hoàn thành", figures.tasksByStatus().get(TaskStatus.DONE),
                YearComparison.Row::tasksDone));
        lines.add(compared("Hoạt động", figures.events().size(), YearComparison.Row::events));
        lines.add(compared("Hoạt động ở nước ngoài", figures.abroadEvents(), YearComparison.Row::abroadEvents));
        lines.add(compared("Kinh phí đã thực hiện (đồng)", figures.spendingTotal().spent(),
                YearComparison.Row::spent));
        return lines;
    }

    /** The year before's sum of one figure, or null when that year has no data. */
    Long previous(ToLongFunction<YearComparison.Row> figure) {
        return hasPrevious ? figures.yearComparison().rows().stream().filter(r -> r.year() == previousYear)
                .mapToLong(figure).sum() : null;
    }

    int previousYear() {
        return previousYear;
    }

    /** "30/35" this year beside the same period of the year before, and the change in agencies on time. */
    private Line onTime() {
        String label = "Cơ quan, đơn vị gửi báo cáo đúng hạn";
        String current = whole(figures.onTimeCount()) + "/" + whole(figures.expectedCodes().size());
        YearComparison.OnTime before = figures.yearComparison().onTimeYearBefore();
        if (before == null) {
            return new Line(label, current, "chưa có số liệu", "—");
        }
        return new Line(label, current, whole(before.onTime()) + "/" + whole(before.expected()),
                change(figures.onTimeCount(), before.onTime()));
    }

    private Line compared(String label, long current, ToLongFunction<YearComparison.Row> figure) {
        Long before = previous(figure);
        if (before == null) {
            return new Line(label, whole(current), "chưa có số liệu", "—");
        }
        return new Line(label, whole(current), whole(before), change(current, before));
    }

    /** "+12 (+25%)", "−3 (−10%)", "không đổi"; without a share when the year before was zero. */
    static String change(long current, long before) {
        long delta = current - before;
        if (delta == 0) {
            return "không đổi";
        }
        String sign = delta > 0 ? "+" : "−";
        String amount = sign + whole(Math.abs(delta));
        return before == 0 ? amount : amount + " (" + sign + DocxNumbers.percent(Math.abs(delta), before) + ")";
    }
}
