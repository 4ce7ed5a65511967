package vn.daklak.ngoaivu.samples;

import java.util.List;
import java.util.function.ToLongFunction;

import org.apache.poi.ss.usermodel.Sheet;

import vn.daklak.ngoaivu.normalize.FundingSource;

/** The Kinh phí sheet: amounts in đồng, in millions (announced by a title row or the headers), or as text. */
final class SpendingSheetWriter {

    private static final long MILLION = 1_000_000L;

    private SpendingSheetWriter() {
    }

    static void write(Sheet sheet, WorkbookStyles styles, SampleSubmission submission) {
        WritingStyle style = submission.style();
        SheetHeaders h = new SheetHeaders(style);
        boolean millions = style.has(Quirk.MONEY_UNIT_TITLE) || style.has(Quirk.MONEY_UNIT_HEADER);
        String unit = style.has(Quirk.MONEY_UNIT_HEADER) ? " (triệu đồng)" : "";
        List<TableWriter.Column<SpendingReport>> columns = h.order(List.of(
                TableWriter.Column.of(h.of("Mã nhiệm vụ", "Mã\nnhiệm vụ", "Task code"), SpendingReport::taskCode),
                TableWriter.Column.of(h.of("Nội dung chi", "Nội dung\nchi", "Item"), SpendingReport::item),
                TableWriter.Column.<SpendingReport>of(h.of("Nguồn kinh phí", "Nguồn\nkinh phí", "Source"),
                        s -> source(s.source(), style)),
                money(h.of("Dự toán" + unit, "Dự toán" + unit, "Estimate"), SpendingReport::estimate, style, millions),
                money(h.of("Được duyệt" + unit, "Kinh phí\nđược cấp" + unit, "Allocated"), SpendingReport::allocated,
                        style, millions),
                money(h.of("Đã thực hiện" + unit, "Đã\ngiải ngân" + unit, "Spent"), SpendingReport::spent, style,
                        millions)));
        TableWriter<SpendingReport> table = new TableWriter<>(sheet, styles, columns, 0);
        if (h.titled()) {
            h.titles("Kinh phí thực hiện Kế hoạch Ngoại giao văn hóa", submission.year()).forEach(table::title);
        }
        if (style.has(Quirk.MONEY_UNIT_TITLE)) {
            table.title("Đơn vị tính: triệu đồng");
        }
        table.header();
        submission.spending().forEach(table::row);
        if (style.has(Quirk.TOTALS) || style.has(Quirk.WRONG_TOTAL)) {
            table.total(style.has(Quirk.ENGLISH) ? "Total" : "Tổng cộng", 0);
        }
    }

    private static TableWriter.Column<SpendingReport> money(String header, ToLongFunction<SpendingReport> amount,
                                                            WritingStyle style, boolean millions) {
        double divisor = millions ? MILLION : 1;
        return new TableWriter.Column<>(header, s -> {
            long dong = amount.applyAsLong(s);
            if (style.has(Quirk.MONEY_AS_TEXT)) {
                return MoneyText.write(dong, header.length());
            }
            return millions ? (Object) (dong / divisor) : (Object) dong;
        }, s -> amount.applyAsLong(s) / divisor);
    }

    private static String source(FundingSource source, WritingStyle style) {
        if (style.has(Quirk.ENGLISH) || style.has(Quirk.STATUS_VARIANTS)) {
            return switch (source) {
                case STATE_BUDGET -> "NSNN";
                case SOCIALIZED -> "XHH";
                case OTHER -> style.has(Quirk.ENGLISH) ? "Other" : "Khác";
            };
        }
        return source.label();
    }
}
