package vn.daklak.ngoaivu.report;

import java.util.List;
import vn.daklak.ngoaivu.chart.YearOverYearQuery.Figures;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * Sheet "So sánh các năm": the same period of earlier years, a total row per year then one row per successor agency,
 * and under the table which merged agencies were counted under which successor.
 */
final class YearComparisonSheet {

    static final String NAME = "So sánh các năm";
    static final String TOTAL = "Cộng toàn tỉnh";

    private YearComparisonSheet() {
    }

    static void write(WorkbookSheets sheets, Period period, YearComparison.Table comparison) {
        TableSheet table = sheets.table(NAME, "So sánh kết quả qua các năm (kỳ báo cáo " + period.label()
                        + "; cơ quan đã sắp xếp, hợp nhất được tính cho cơ quan kế tục)",
                "Năm", "Mã cơ quan", "Cơ quan", "Nhiệm vụ hoàn thành", "Hoạt động", "Hoạt động ở nước ngoài",
                "Kinh phí đã thực hiện (đồng)");
        List<Integer> years = comparison.rows().stream().map(Figures::year).distinct().sorted().toList();
        for (int year : years) {
            List<Figures> rows = comparison.rows().stream().filter(f -> f.year() == year).toList();
            table.row(Integer.toString(year), null, TOTAL, sum(rows, Figures::tasksDone), sum(rows, Figures::events),
                    sum(rows, Figures::abroadEvents), sum(rows, Figures::spent));
            for (Figures f : rows) {
                table.row(Integer.toString(year), f.agency(), f.name(), f.tasksDone(), f.events(), f.abroadEvents(),
                        f.spent());
            }
        }
        table.finish();
        if (years.size() < 2) {
            table.note("Chưa có số liệu của kỳ báo cáo này ở các năm trước để so sánh.");
        }
        comparison.mergers().forEach(m -> table.note(YearComparison.Table.note(m)));
    }

    private static long sum(List<Figures> rows, java.util.function.ToLongFunction<Figures> value) {
        return rows.stream().mapToLong(value).sum();
    }
}
