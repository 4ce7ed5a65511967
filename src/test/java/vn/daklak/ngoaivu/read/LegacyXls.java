package vn.daklak.ngoaivu.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import vn.daklak.ngoaivu.read.SheetWriter.Percent;

/**
 * A legacy .xls as old agency templates still produce: Unicode text, text typed in TCVN3 shown in {@code .VnTime},
 * text typed in VNI shown in {@code VNI-Times}, a date, a percent and a task code merged down over two rows.
 */
final class LegacyXls {

    static final String TCVN3_DAK_LAK = "§¾k L¾k";
    static final String VNI_DAK_LAK = "Ñaék Laék";

    private LegacyXls() {
    }

    static byte[] bytes() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter info = new SheetWriter(wb, "Thông tin chung")
                    .row(1, "Cơ quan báo cáo", "UBND huyện Lắk")
                    .row(2, "Năm", 2024)
                    .row(3, "Địa bàn (TCVN3)", TCVN3_DAK_LAK)
                    .row(4, "Địa bàn (VNI)", VNI_DAK_LAK);
            font(wb, info.sheet().getRow(2).getCell(1), ".VnTime");
            font(wb, info.sheet().getRow(3).getCell(1), "VNI-Times");
            new SheetWriter(wb, "Hoạt động")
                    .row(1, "Mã nhiệm vụ", "Tên hoạt động", "Từ ngày", "Tỷ lệ (%)")
                    .row(2, "NV02", "Tuần văn hóa", LocalDate.of(2024, 5, 20), new Percent(0.85))
                    .row(3, null, "Triển lãm ảnh", LocalDate.of(2024, 5, 21), new Percent(0.5))
                    .merge("A2:A3");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void font(HSSFWorkbook wb, Cell cell, String fontName) {
        Font font = wb.createFont();
        font.setFontName(fontName);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        cell.setCellStyle(style);
    }
}
