package vn.daklak.ngoaivu.report;

import java.util.List;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.YearComparison.Row;

/**
 * Sheet "So sánh các năm": the same period of earlier years, a total row per year then one row per successor agency,
 * and under the table which merged agencies were counted under which successor.
 */
final class YearComparisonSheet {

    static final String NAME = "So sánh các năm";
    static final String TOTAL = "Cộng toàn tỉnh";

    private YearComparisonSheet() {
    }

    static void write(WorkbookSheets sheets, Period period, YearComparison comparison) {
        TableSheet table = sheets.table(NAME, "So sánh kết quả qua các năm (kỳ báo cáo " + period.label()
                        + "; cơ quan đã sắp xếp, hợp nhất được tính cho cơ quan kế tục)",
                "Năm", "Mã cơ quan", "Cơ quan", "Nhiệm vụ hoàn thành", "Hoạt động", "Hoạt động ở nước ngoài",
                "Kinh phí đã thực hiện (đồng)");
        List<Integer> years = comparison.years();
        for (int year : years) {
            List<Row> rows = comparison.rows().stream().filter(f -> f.year() == year).toList();
            table.row(Integer.toString(year), null, TOTAL, sum(rows, Row::tasksDone), sum(rows, Row::events),
                    sum(rows, Row::abroadEvents), sum(rows, Row::spent));
            for (Row f : rows) {
                table.row(Integer.toString(year), f.agency(), f.name(), f.tasksDone(), f.events(), f.abroadEvents(),
                        f.spent());
            }
        }
        table.finish();
        if (years.size() < 2) {
            table.note("Chưa có số liệu của kỳ báo cáo này ở các năm trước để so sánh.");
        }
        comparison.mergers().forEach(m -> table.note(YearComparison.note(m)));
    }

    private static long sum(List<Row> rows, java.util.function.ToLongFunction<Row> value) {
        return rows.stream().mapToLong(value).sum();
    }
}
