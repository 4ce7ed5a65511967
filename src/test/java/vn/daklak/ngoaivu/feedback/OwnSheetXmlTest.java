package vn.daklak.ngoaivu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;

/**
 * Our two sheets written straight as XML ({@link XmlOwnSheet}: the feedback of every .xlsx) read back exactly as the
 * same sheets written through POI ({@link PoiOwnSheet}: the value-by-value fallback): texts and numbers, every cell's
 * font, fill, borders and wrapping, row heights, column widths, merges, frozen header, filter, print setup and the
 * repeated header row.
 */
class OwnSheetXmlTest {

    @TempDir
    Path dir;

    @Test
    void anAcceptedCleanFileGetsTheSameTwoSheetsAsThroughPoi() throws IOException {
        assertSameOwnSheets(true, List.of(), null);
    }

    @Test
    void aRejectedFileWithoutItsOriginalGetsTheSameTwoSheetsAsThroughPoi() throws IOException {
        assertSameOwnSheets(false, List.of(
                Problem.fileError("MISSING_INFO_SHEET", "Thiếu sheet <Thông tin chung> & \"mẫu\"."),
                Problems.cell(Severity.ERROR, "Nhiệm vụ", 7, 1, "Mã nhiệm vụ", "=NV99",
                        "Mã nhiệm vụ không có trong Kế hoạch.\nHãy sửa lại."),
                Problems.row(Severity.WARNING, "Nhiệm vụ", 12, "  Dòng thiếu Tình trạng. ")), null);
    }

    @Test
    void aRejectedXlsxGetsTheSameTwoSheetsAsThroughPoiBesideItsOwnCopiedSheets() throws IOException {
        Path original = dir.resolve("goc.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(original)) {
            Row row = wb.createSheet("Nhiệm vụ").createRow(0);
            row.createCell(0).setCellValue("STT");
            row.createCell(1).setCellValue("Mã nhiệm vụ");
            wb.write(out);
        }
        assertSameOwnSheets(false, List.of(Problems.cell(Severity.ERROR, "Nhiệm vụ", 1, 1, "Mã nhiệm vụ", "x",
                "Sai mã.")), original);
    }

    private void assertSameOwnSheets(boolean accepted, List<Problem> problems, Path original) throws IOException {
        FeedbackFiles xml = new FeedbackWriter(PoiSpreadsheetFile::open, CommentWriter.MAX_COMMENTS, true)
                .write(request(original, accepted, problems, "xml"));
        FeedbackFiles poi = new FeedbackWriter(PoiSpreadsheetFile::open, CommentWriter.MAX_COMMENTS, false)
                .write(request(original, accepted, problems, "poi"));
        try (XSSFWorkbook a = read(xml.xlsx()); XSSFWorkbook b = read(poi.xlsx())) {
            assertThat(a.getSheetIndex(SummarySheet.NAME)).isZero();
            assertThat(a.getSheetIndex(ProblemListSheet.NAME)).isEqualTo(a.getNumberOfSheets() - 1);
            for (String name : List.of(SummarySheet.NAME, ProblemListSheet.NAME)) {
                assertThat(describe(a.getSheet(name))).as(name).isEqualTo(describe(b.getSheet(name)));
            }
        }
    }

    /** Everything of a sheet our code sets, as comparable text. */
    private static List<String> describe(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            out.add("width " + c + " " + sheet.getColumnWidth(c));
        }
        for (Row row : sheet) {
            out.add("row " + row.getRowNum() + " height " + row.getHeightInPoints());
            for (Cell cell : row) {
                XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                XSSFFont font = style.getFont();
                out.add(cell.getAddress() + " " + cell.getCellType() + " " + cell + " | font " + font.getBold() + " "
                        + font.getFontHeightInPoints() + " " + font.getColor() + " | fill "
                        + style.getFillForegroundColor() + " " + style.getFillPattern() + " | borders "
                        + style.getBorderTop() + style.getBorderBottom() + style.getBorderLeft()
                        + style.getBorderRight() + " | wrap " + style.getWrapText() + " "
                        + style.getVerticalAlignment() + " | format " + style.getDataFormatString());
            }
        }
        for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
            out.add("merged " + sheet.getMergedRegion(i).formatAsString());
        }
        var pane = sheet.getPaneInformation();
        out.add("frozen " + (pane != null && pane.isFreezePane()) + " " + (pane == null ? "" : pane.getHorizontalSplitPosition()));
        out.add("filter " + (sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : ""));
        out.add("print " + sheet.getPrintSetup().getPaperSize() + " " + sheet.getPrintSetup().getLandscape() + " "
                + sheet.getPrintSetup().getFitWidth() + " " + sheet.getPrintSetup().getFitHeight() + " "
                + sheet.getFitToPage());
        out.add("margins " + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT) + " "
                + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT) + " "
                + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.TOP) + " "
                + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM) + " "
                + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.HEADER) + " "
                + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER));
        out.add("repeat " + (sheet.getRepeatingRows() == null ? "" : sheet.getRepeatingRows().formatAsString()));
        return out;
    }

    private FeedbackRequest request(Path original, boolean accepted, List<Problem> problems, String name) {
        return new FeedbackRequest(original, "bao-cao.xlsx", "Sở Văn hóa, Thể thao và Du lịch", 2024, "H1", accepted,
                problems, dir.resolve(name + "/bao-cao.xlsx.ket-qua.xlsx"),
                dir.resolve(name + "/bao-cao.xlsx.ket-qua.csv"));
    }

    private static XSSFWorkbook read(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }
}
