package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.samples.SampleInbox;

/**
 * Reads one period's written report set of the sample run back (workbook, .docx report, reminder letter, charts) and
 * compares its figures with SQL of its own over the database the run filled.
 */
final class SampleReportReadBack {

    private static final int HEADER_ROW = 2;
    private static final String CURRENT = " JOIN submission s ON s.id = r.submission_id WHERE s.is_current"
            + " AND s.status = 'ACCEPTED' AND s.year = ? AND s.period = ?";
    private static final String EXPECTED = "SELECT a.code FROM agency a WHERE a.reports"
            + " AND (a.valid_from IS NULL OR a.valid_from <= CAST(? AS DATE))"
            + " AND (a.valid_to IS NULL OR a.valid_to >= CAST(? AS DATE))";
    private static final String WITHOUT_VALID_REPORT = EXPECTED + " AND NOT EXISTS (SELECT 1 FROM submission s"
            + " WHERE s.agency_code = a.code AND s.year = ? AND s.period = ? AND s.is_current"
            + " AND s.status = 'ACCEPTED')"
            + " ORDER BY 1";
    /** "2. Sở Kế hoạch và Đầu tư: …": a numbered line of the reminder letter, named in full. */
    private static final Pattern LISTED = Pattern.compile("^\\d+\\. ([^:]+): .*");

    private final Connection db;
    private final Path folder;
    private final int year;
    private final String period;
    private final String windowFrom;
    private final String windowTo;

    SampleReportReadBack(Connection db, Path output, int year, String period) {
        this.db = db;
        this.folder = output.resolve("reports").resolve(Integer.toString(year)).resolve(period);
        this.year = year;
        this.period = period;
        this.windowFrom = (year - 1) + "-12-15";
        this.windowTo = period.equals("H1") ? year + "-06-14" : year + "-12-14";
    }

    /** Every key figure of sheet "Tổng hợp" against the database. */
    void assertSummarySheetEqualsTheDatabase() throws Exception {
        Map<String, Double> values = keyValues(workbookSheet("Tổng hợp"));
        List<String> expected = codes(EXPECTED + " ORDER BY 1", windowTo, windowFrom);
        assertThat(values.get("Số cơ quan phải báo cáo")).isEqualTo(expected.size());
        assertThat(values.get("   - Chỉ có tệp bị từ chối") + values.get("   - Chưa gửi báo cáo"))
                .isEqualTo(codes(WITHOUT_VALID_REPORT, windowTo, windowFrom, year, period).size());
        String accepted = "Số cơ quan có báo cáo hợp lệ (kể cả cơ quan không thuộc diện)";
        assertThat(values.get(accepted)).isEqualTo(number("SELECT count(*) FROM submission s"
                + " WHERE s.is_current AND s.status = 'ACCEPTED' AND s.year = ? AND s.period = ?", year, period));
        // the timeliness the generator intends, by the dates the files state, whatever their times on disk
        Map<String, Boolean> intended = SampleInbox.intendedTimeliness(year, period);
        double onTime = intended.values().stream().filter(Boolean::booleanValue).count();
        assertThat(values.get("   - Gửi báo cáo hợp lệ đúng hạn")).isEqualTo(onTime);
        assertThat(values.get("   - Gửi báo cáo hợp lệ trễ hạn")).isEqualTo(intended.size() - onTime);
        assertThat(values.get("   - Gửi báo cáo hợp lệ đúng hạn") + values.get("   - Gửi báo cáo hợp lệ trễ hạn")
                + values.get("Số cơ quan không thuộc diện báo cáo nhưng đã gửi")).isEqualTo(values.get(accepted));
        assertThat(values.get("   - Gửi báo cáo hợp lệ đúng hạn") + values.get("   - Gửi báo cáo hợp lệ trễ hạn")
                + values.get("   - Chỉ có tệp bị từ chối") + values.get("   - Chưa gửi báo cáo"))
                .as("the expected agencies add up").isEqualTo(values.get("Số cơ quan phải báo cáo"));
        assertThat(values.get("Số nhiệm vụ được báo cáo")).isEqualTo(current("count(*)", "task_report"));
        for (TaskStatus status : TaskStatus.values()) {
            assertThat(values.get("   - " + status.label())).as(status.name())
                    .isEqualTo(current("count(*) FILTER (WHERE r.status = '" + status.name() + "')", "task_report"));
        }
        assertThat(values.get("Số hoạt động")).isEqualTo(current("count(*)", "event"));
        assertThat(values.get("   - Ở nước ngoài")).isEqualTo(current("count(*) FILTER (WHERE r.country <> 'VN')",
                "event"));
        assertThat(values.get("Số người tham gia")).isEqualTo(current("sum(r.participants)", "event"));
        assertThat(values.get("Số khách quốc tế")).isEqualTo(current("sum(r.foreign_guests)", "event"));
        assertThat(values.get("Kinh phí dự toán (đồng)")).isEqualTo(current("sum(r.estimate)", "spending"));
        assertThat(values.get("Kinh phí được duyệt (đồng)")).isEqualTo(current("sum(r.allocated)", "spending"));
        assertThat(values.get("Kinh phí đã thực hiện (đồng)")).isEqualTo(current("sum(r.spent)", "spending"));
    }

    /** The other table sheets: their rows and money against the database. */
    void assertTableSheetsEqualTheDatabase() throws Exception {
        assertThat(dataRows(workbookSheet("Hoạt động"))).isEqualTo((int) current("count(*)", "event"));
        assertThat(dataRows(workbookSheet("Nhiệm vụ")))
                .isEqualTo((int) number("SELECT count(*) FROM plan_task WHERE year = ?", year));
        double spent = 0;
        for (Row row : rows(workbookSheet("Kinh phí"))) {
            spent += row.getCell(7).getNumericCellValue();
        }
        assertThat(spent).isEqualTo(current("sum(r.spent)", "spending"));
        Map<String, Row> agencies = byFirstCell(workbookSheet("Theo cơ quan"));
        for (String code : codes("SELECT s.agency_code FROM submission s WHERE s.is_current AND s.status = 'ACCEPTED'"
                + " AND s.year = ? AND s.period = ? ORDER BY 1", year, period)) {
            assertThat(agencies.get(code).getCell(9).getNumericCellValue()).as(code).isEqualTo(number(
                    "SELECT count(*) FROM task_report r" + CURRENT + " AND s.agency_code = ?", year, period, code));
        }
        assertThat(dataRows(workbookSheet("Chất lượng dữ liệu"))).isEqualTo((int) number("SELECT count(*)"
                + " FROM problem p"
                + " JOIN submission s ON s.id = p.submission_id WHERE s.year = ? AND s.period = ?", year, period));
        try (XSSFWorkbook workbook = workbook()) {
            assertThat(workbook.getSheet("So sánh các năm")).isNotNull();
            assertThat(workbook.getAllPictures()).hasSize(pngs().size());
        }
    }

    /** The agencies without a valid report, in the workbook's "Chưa báo cáo" sheet. */
    List<String> missingSheetCodes() throws IOException {
        return new ArrayList<>(byFirstCell(workbookSheet("Chưa báo cáo")).keySet());
    }

    List<String> agenciesWithoutAValidReport() throws SQLException {
        return codes(WITHOUT_VALID_REPORT, windowTo, windowFrom, year, period);
    }

    /** The codes of the agencies the reminder letter lists by name, in its numbered lines. */
    List<String> reminderLetterCodes() throws IOException, SQLException {
        List<String> codes = new ArrayList<>();
        for (String text : docxTexts("cong-van-don-doc-" + year + "-" + period + ".docx")) {
            Matcher m = LISTED.matcher(text);
            if (m.matches()) {
                codes.addAll(codes("SELECT code FROM agency WHERE name = ?", m.group(1)));
            }
        }
        return codes;
    }

    /** The .docx report's first sentences carry the database's submission and task figures, and every chart. */
    void assertReportDocxEqualsTheDatabase() throws Exception {
        String text = String.join("\n", docxTexts("bao-cao-" + year + "-" + period + ".docx"));
        int expected = codes(EXPECTED, windowTo, windowFrom).size();
        assertThat(text).contains("Có " + dots(expected) + " cơ quan, đơn vị thuộc diện báo cáo: ");
        assertThat(text).contains("đã báo cáo " + dots((long) current("count(*)", "task_report"))
                + " lượt thực hiện nhiệm vụ");
        assertThat(text).contains("đã thực hiện " + dots((long) current("sum(r.spent)", "spending")) + " đồng");
        assertThat(text).contains("tổ chức, tham gia " + dots((long) current("count(*)", "event")) + " hoạt động");
        try (InputStream in = Files.newInputStream(folder.resolve("bao-cao-" + year + "-" + period + ".docx"));
             XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(docx.getAllPictures()).hasSize(pngs().size());
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }

    /** Each chart as a 1600×900 PNG with its SVG beside it. */
    void assertChartFiles() throws IOException {
        List<Path> pngs = pngs();
        assertThat(pngs).hasSizeGreaterThanOrEqualTo(8);
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1600);
            assertThat(image.getHeight()).isEqualTo(900);
            assertThat(png.resolveSibling(png.getFileName().toString().replace(".png", ".svg"))).isRegularFile();
        }
    }

    private List<Path> pngs() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("charts"))) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }

    private double current(String aggregate, String table) throws SQLException {
        return number("SELECT " + aggregate + " FROM " + table + " r" + CURRENT, year, period);
    }

    private double number(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private List<String> codes(String sql, Object... params) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    private XSSFWorkbook workbook() throws IOException {
        Path file = folder.resolve("bao-cao-tong-hop-" + year + "-" + period + ".xlsx");
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private Sheet workbookSheet(String name) throws IOException {
        try (XSSFWorkbook workbook = workbook()) {
            return workbook.getSheet(name);
        }
    }

    private List<String> docxTexts(String fileName) throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve(fileName));
             XWPFDocument docx = new XWPFDocument(in)) {
            return docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    private static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int i = HEADER_ROW + 1; i <= sheet.getLastRowNum(); i++) {
            if (sheet.getRow(i) != null) {
                rows.add(sheet.getRow(i));
            }
        }
        return rows;
    }

    private static int dataRows(Sheet sheet) {
        return rows(sheet).size();
    }

    private static Map<String, Row> byFirstCell(Sheet sheet) {
        Map<String, Row> rows = new LinkedHashMap<>();
        rows(sheet).forEach(row -> rows.put(new DataFormatter().formatCellValue(row.getCell(0)), row));
        return rows;
    }

    private static Map<String, Double> keyValues(Sheet sheet) {
        Map<String, Double> values = new LinkedHashMap<>();
        byFirstCell(sheet).forEach((key, row) -> {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                values.putIfAbsent(key, cell.getNumericCellValue());
            }
        });
        return values;
    }

    private static String dots(long value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(value);
    }
}
