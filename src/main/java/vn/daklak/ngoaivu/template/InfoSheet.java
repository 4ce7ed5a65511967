package vn.daklak.ngoaivu.template;

import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import vn.daklak.ngoaivu.normalize.AgencyRef;

/** The {@code Thông tin chung} sheet: label in column A, value in column B, a hint in column C. */
final class InfoSheet {

    private static final int AGENCY_ROW = 0;
    private static final int YEAR_ROW = 2;
    private static final int PERIOD_ROW = 3;

    private final TemplateStyles styles;
    private final Set<CodeList> named;

    InfoSheet(TemplateStyles styles, Set<CodeList> named) {
        this.styles = styles;
        this.named = named;
    }

    void write(Workbook workbook, int year, AgencyRef agencyOrNull) {
        Sheet sheet = workbook.createSheet(TemplateFormat.INFO);
        String name = agencyOrNull == null ? null : agencyOrNull.name();
        String code = agencyOrNull == null ? null : agencyOrNull.code();
        line(sheet, AGENCY_ROW, TemplateFormat.AGENCY, name, "Tên đầy đủ của cơ quan, chọn trong danh sách.");
        line(sheet, 1, TemplateFormat.AGENCY_CODE, code, "Mã cơ quan do Sở Ngoại vụ cấp (nếu biết).");
        line(sheet, YEAR_ROW, TemplateFormat.YEAR, null, "Năm của Kế hoạch được báo cáo.");
        sheet.getRow(YEAR_ROW).getCell(1).setCellValue(year);
        line(sheet, PERIOD_ROW, TemplateFormat.PERIOD, null,
                "Chọn «6 tháng» (số liệu từ 15/12/" + (year - 1) + " đến 14/6/" + year + ") hoặc «Năm» (từ 15/12/"
                        + (year - 1) + " đến 14/12/" + year + ").");
        int row = PERIOD_ROW + 1;
        for (String label : TemplateFormat.CONTACT_LABELS) {
            line(sheet, row++, label, null, null);
        }
        line(sheet, row, TemplateFormat.REPORT_DATE, null, "Ngày/tháng/năm, ví dụ 05/01/" + (year + 1) + ".");
        sheet.getRow(row).getCell(1).setCellStyle(styles.date());
        validate(sheet, row, year);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        TableSheet.a4Landscape(sheet);
    }

    private void validate(Sheet sheet, int dateRow, int year) {
        Validations v = new Validations(sheet, named);
        v.list(CodeList.AGENCIES, single(AGENCY_ROW), false,
                "Nên chọn tên cơ quan trong danh sách; nếu tên đã thay đổi, ghi thêm Mã cơ quan.");
        v.wholeBetween("2000", "2100", single(YEAR_ROW), "Ghi năm bằng 4 chữ số, ví dụ " + year + ".");
        v.list(CodeList.PERIODS, single(PERIOD_ROW), true, "Hãy chọn «6 tháng» hoặc «Năm».");
        v.date(single(dateRow), "Ghi ngày lập theo dạng ngày/tháng/năm, ví dụ 05/01/" + (year + 1) + ".");
    }

    private static CellRangeAddressList single(int row) {
        return new CellRangeAddressList(row, row, 1, 1);
    }

    private void line(Sheet sheet, int rowIndex, String label, String value, String hint) {
        Row row = sheet.createRow(rowIndex);
        Cell labelCell = row.createCell(0);
        labelCell.setCellValue(label);
        labelCell.setCellStyle(styles.label());
        Cell valueCell = row.createCell(1);
        valueCell.setCellStyle(styles.text());
        if (value != null) {
            valueCell.setCellValue(value);
        }
        if (hint != null) {
            row.createCell(2).setCellValue(hint);
        }
    }
}
