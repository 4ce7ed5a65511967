package vn.daklak.ngoaivu.template;

import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import vn.daklak.ngoaivu.support.A4Pages;

/** A table sheet of the template: header in row 1, formats, drop-downs and checks on the rows below. */
final class TableSheet {

    /** Rows below the header that get formats and checks; far more than any agency reports. */
    static final int LAST_DATA_ROW = 1000;

    private final TemplateStyles styles;
    private final Set<CodeList> named;
    private final int year;

    TableSheet(TemplateStyles styles, Set<CodeList> named, int year) {
        this.styles = styles;
        this.named = named;
        this.year = year;
    }

    Sheet write(Workbook workbook, String name, List<TemplateColumn> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(36);
        Validations validations = new Validations(sheet, named);
        for (int c = 0; c < columns.size(); c++) {
            TemplateColumn column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, column.width() * 256);
            sheet.setDefaultColumnStyle(c, styles.column(column.kind()));
            validate(validations, column.kind(), new CellRangeAddressList(1, LAST_DATA_ROW, c, c));
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        a4Landscape(sheet);
        return sheet;
    }

    static void a4Landscape(Sheet sheet) {
        a4(sheet, true);
    }

    static void a4Portrait(Sheet sheet) {
        a4(sheet, false);
    }

    private static void a4(Sheet sheet, boolean landscape) {
        A4Pages.oneWide(sheet, landscape);
    }

    private void validate(Validations v, ColumnKind kind, CellRangeAddressList cells) {
        switch (kind) {
            case TASK_CODE -> v.list(CodeList.TASKS, cells, true,
                    "Hãy chọn mã nhiệm vụ trong danh sách (các nhiệm vụ của Kế hoạch năm " + year + ").");
            case STATUS -> v.list(CodeList.STATUSES, cells, true,
                    "Hãy chọn tình trạng trong danh sách: " + String.join("; ", TemplateLists.statuses()) + ".");
            case EVENT_TYPE -> v.list(CodeList.EVENT_TYPES, cells, true,
                    "Hãy chọn loại hình trong danh sách; nếu không có loại phù hợp, chọn «Khác».");
            case COUNTRY -> v.list(CodeList.COUNTRIES, cells, false,
                    "Nên chọn quốc gia nơi diễn ra hoạt động trong danh sách. Nước không có trong danh sách:"
                            + " ghi tên nước bằng tiếng Việt.");
            case PARTNER -> v.list(CodeList.PARTNERS, cells, false,
                    "Nên chọn địa phương đối tác trong danh sách; tên khác vẫn được ghi nhận nhưng sẽ có cảnh báo.");
            case SOURCE -> v.list(CodeList.SOURCES, cells, true,
                    "Hãy chọn nguồn kinh phí: " + String.join("; ", TemplateLists.sources()) + ".");
            case PERCENT -> v.decimalBetween("0", "100", cells,
                    "Tỷ lệ hoàn thành là một số từ 0 đến 100 (ví dụ 85), không ghi dấu %.");
            case COUNT -> v.wholeBetween("0", "10000000", cells, "Ghi số người là số nguyên không âm, ví dụ 120.");
            case MONEY -> v.decimalAtLeastZero(cells, "Ghi số tiền bằng đồng, là số không âm và không kèm chữ"
                    + " «triệu», «tỷ» (ví dụ 1250000000 cho 1,25 tỷ đồng).");
            case DATE -> v.date(cells, "Ghi ngày theo dạng ngày/tháng/năm, ví dụ 15/03/" + year + ".");
            default -> {
                // free text and row numbers need no check
            }
        }
    }
}
