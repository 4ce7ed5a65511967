package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.support.ExcelCsv;

@SpringBootTest(properties = "ngvh.report.h1-deadline=--06-25")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidatedWorkbookTest {

    private static final String CURRENT = " JOIN submission s ON s.id = r.submission_id WHERE s.is_current"
            + " AND s.year = 2024 AND s.period = 'YEAR'";

    @Autowired
    private ReportService service;
    @Autowired
    private DataSource dataSource;
    @TempDir
    static Path output;

    private JdbcClient jdbc;
    private Path folder;
    private XSSFWorkbook workbook;

    @BeforeAll
    void rebuild() throws IOException {
        jdbc = JdbcClient.create(dataSource);
        ReportScenario.load(new ReportTestData(jdbc));
        folder = service.rebuild(2024, Period.YEAR, output);
        workbook = new XSSFWorkbook(Files.newInputStream(folder.resolve("bao-cao-tong-hop-2024-YEAR.xlsx")));
    }

    @AfterAll
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void hasTheNineSheetsInOrder() {
        List<String> names = new java.util.ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));

        assertThat(names).containsExactly("Tổng hợp", "Theo cơ quan", "Nhiệm vụ", "Hoạt động", "Kinh phí",
                "Chưa báo cáo", "Chất lượng dữ liệu", "So sánh các năm", "Biểu đồ");
    }

    @Test
    void summarySheetEqualsTheDatabase() {
        Map<String, Double> values = keyValues(workbook.getSheet("Tổng hợp"));

        assertThat(values.get("Số nhiệm vụ được báo cáo")).isEqualTo(sql("SELECT count(*) FROM task_report r" + CURRENT));
        assertThat(values.get("Số hoạt động")).isEqualTo(sql("SELECT count(*) FROM event r" + CURRENT));
        assertThat(values.get("Số người tham gia")).isEqualTo(sql("SELECT sum(participants) FROM event r" + CURRENT));
        assertThat(values.get("Kinh phí đã thực hiện (đồng)")).isEqualTo(sql("SELECT sum(spent) FROM spending r" + CURRENT));
        assertThat(values.get("Kinh phí dự toán (đồng)")).isEqualTo(sql("SELECT sum(estimate) FROM spending r" + CURRENT));
        // 5 expected = 1 on time + 1 late + 1 rejected only + 2 sent nothing; 3 accepted = 2 + 1 not required
        assertThat(values).containsEntry("Số cơ quan phải báo cáo", 5.0).containsEntry(SummarySheet.ON_TIME, 1.0)
                .containsEntry(SummarySheet.LATE, 1.0).containsEntry(SummarySheet.REJECTED_ONLY, 1.0)
                .containsEntry(SummarySheet.SENT_NOTHING, 2.0).containsEntry(SummarySheet.UNREQUESTED, 1.0)
                .containsEntry(SummarySheet.ACCEPTED, 3.0);
    }

    @Test
    void summarySheetHasTheWindowSourcesCountriesPartnersAndExecutionRate() {
        Sheet sheet = workbook.getSheet("Tổng hợp");
        Map<String, Double> values = keyValues(sheet);
        Map<String, Row> rows = rowsByFirstCell(sheet);

        assertThat(text(rows.get(SummarySheet.WINDOW), 1)).isEqualTo("Số liệu từ 15/12/2023 đến 14/12/2024");
        assertThat(values.get("   - Dự toán từ " + FundingSource.STATE_BUDGET.label() + " (đồng)")).isEqualTo(
                sql("SELECT sum(estimate) FROM spending r" + CURRENT + " AND r.source = 'STATE_BUDGET'"));
        assertThat(values.get("   - Được duyệt từ " + FundingSource.OTHER.label() + " (đồng)")).isEqualTo(
                sql("SELECT sum(allocated) FROM spending r" + CURRENT + " AND r.source = 'OTHER'"));
        assertThat(text(rows.get(SummarySheet.EXECUTION_RATE), 1)).isEqualTo(vn.daklak.ngoaivu.support
                .VietnameseNumbers.decimal(java.math.BigDecimal.valueOf(Math.round(1000
                        * sql("SELECT sum(spent) FROM spending r" + CURRENT)
                        / sql("SELECT sum(allocated) FROM spending r" + CURRENT)), 1)));
        assertThat(values).containsEntry("   - Hàn Quốc", 1.0).containsEntry("   - Lào", 1.0)
                .containsEntry("   - Việt Nam", 2.0).containsEntry("   - Tỉnh Champasak", 1.0)
                .containsEntry("   - Tỉnh Jeonbuk", 1.0);
    }

    @Test
    void agencySheetHasCountsMoneyAndTimeliness() {
        Map<String, Row> rows = rowsByFirstCell(workbook.getSheet("Theo cơ quan"));

        Row sngv = rows.get("SNGV");
        assertThat(text(sngv, 4)).isEqualTo("Đã báo cáo");
        assertThat(text(sngv, 8)).isEqualTo("Đúng hạn");
        assertThat(sngv.getCell(9).getNumericCellValue()).isEqualTo(3);
        assertThat(sngv.getCell(11).getNumericCellValue())
                .isEqualTo(sql("SELECT sum(spent) FROM spending r" + CURRENT + " AND s.agency_code = 'SNGV'"));
        assertThat(text(rows.get("SVHTTDL"), 8)).isEqualTo("Trễ hạn");
        assertThat(text(rows.get("BDL"), 3)).isEqualTo("Không");
        assertThat(rows).doesNotContainKeys("SNNMT", "CAT");
    }

    @Test
    void taskMatrixShowsEachAgencysStatusAndTheOverallState() {
        Sheet sheet = workbook.getSheet("Nhiệm vụ");
        Map<String, Row> rows = rowsByFirstCell(sheet);
        Row header = sheet.getRow(TableSheet.HEADER_ROW);

        assertThat(text(header, 8)).isEqualTo("BDL");
        assertThat(text(header, 9)).isEqualTo("SNGV");
        assertThat(text(header, 10)).isEqualTo("SVHTTDL");
        assertThat(text(rows.get("NV01"), 7)).isEqualTo("Hoàn thành");
        assertThat(text(rows.get("NV02"), 7)).isEqualTo("Quá hạn");
        assertThat(text(rows.get("NV03"), 7)).isEqualTo("Cơ quan chủ trì chưa báo cáo");
        assertThat(text(rows.get("NV02"), 9)).isEqualTo("Đang thực hiện (50%)");
        assertThat(text(rows.get("NV01"), 10)).isEqualTo("Chưa thực hiện (0%)");
        assertThat(rows.get("NV02").getCell(6).getNumericCellValue()).isEqualTo(1_200_000_000d);
    }

    @Test
    void spendingSheetPutsThePlannedBudgetBesideTheSpending() {
        Sheet sheet = workbook.getSheet("Kinh phí");
        Row nv01 = rowsByFirstCell(sheet).get("NV01");

        assertThat(nv01.getCell(4).getNumericCellValue()).isEqualTo(850_000_000d);
        assertThat(nv01.getCell(7).getNumericCellValue())
                .isEqualTo(sql("SELECT sum(spent) FROM spending r" + CURRENT + " AND r.task_code = 'NV01'"));
        assertThat(rowsByFirstCell(sheet).get("NV02").getCell(9).getNumericCellValue()).isEqualTo(50_000_000d);
    }

    @Test
    void missingAndProblemSheetsListTheRightRows() {
        assertThat(rowsByFirstCell(workbook.getSheet("Chưa báo cáo"))).containsOnlyKeys("HBD", "SKHDT", "STC");
        assertThat(text(rowsByFirstCell(workbook.getSheet("Chưa báo cáo")).get("STC"), 4))
                .startsWith("Đã gửi 2 tệp, tất cả bị từ chối.");
        assertThat(workbook.getSheet("Chất lượng dữ liệu").getLastRowNum() - TableSheet.HEADER_ROW)
                .isEqualTo((int) sql("SELECT count(*) FROM problem"));
    }

    @Test
    void everyTableSheetIsFrozenFilteredAndPrintsOnA4WithDecree30MarginsAndRepeatedHeader() {
        for (int i = 0; i < 8; i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            String name = sheet.getSheetName();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 3);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A3:");
            assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().formatAsString()).as(name).isEqualTo("3:3");
            assertThat(sheet.getMargin(PageMargin.TOP)).as(name).isCloseTo(2 / 2.54, within(0.01));
            assertThat(sheet.getMargin(PageMargin.LEFT)).as(name).isCloseTo(3 / 2.54, within(0.01));
            assertThat(sheet.getMargin(PageMargin.RIGHT)).as(name).isCloseTo(1.5 / 2.54, within(0.01));
            assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Trang &P/&N");
        }
    }

    @Test
    void narrowSheetsPrintPortraitAndWideOnesLandscapeOnePageWide() {
        XSSFSheet summary = workbook.getSheet("Tổng hợp");
        assertThat(summary.getPrintSetup().getLandscape()).isFalse();
        assertThat(summary.getFitToPage()).isTrue();
        assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(summary.getPrintSetup().getFitHeight()).isZero();
        XSSFSheet events = workbook.getSheet("Hoạt động");
        assertThat(events.getPrintSetup().getLandscape()).isTrue();
        assertThat(events.getFitToPage()).isTrue();
        assertThat(events.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    }

    @Test
    void everySheetOnePageWidePrintsAtAReadableScaleOfAtLeast70Percent() {
        Map<String, Integer> scales = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (sheet.getFitToPage()) {
                scales.put(sheet.getSheetName(), PrintScale.percent(sheet, sheet.getRow(TableSheet.HEADER_ROW)
                        .getLastCellNum()));
            }
        }

        assertThat(scales).containsKeys("Tổng hợp", "Theo cơ quan", "Hoạt động", "Kinh phí", "Chưa báo cáo",
                "Chất lượng dữ liệu", "So sánh các năm");
        assertThat(scales).allSatisfy((name, scale) -> assertThat(scale).as(name).isGreaterThanOrEqualTo(70));
    }

    @Test
    void taskMatrixPrintsLandscapeAcrossPagesRepeatingTheTaskColumnsAndWraps() {
        XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");

        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getFitToPage()).isFalse();
        assertThat(sheet.getPrintSetup().getScale()).isEqualTo((short) 80);
        assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
        assertThat(text(sheet.getRow(TableSheet.HEADER_ROW), 1)).isEqualTo("Nội dung nhiệm vụ");
        assertThat(sheet.getColumnWidth(1)).isLessThanOrEqualTo(40 * 256);
        assertThat(sheet.getRow(TableSheet.HEADER_ROW).getCell(8).getCellStyle().getWrapText()).isTrue();
        assertThat(rowsByFirstCell(sheet).get("NV01").getCell(1).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void numbersCarryLiteralDotsAndDecimalsAreTextSoTheyReadAsVietnameseWhateverTheReadersLocale() {
        Row nv01 = rowsByFirstCell(workbook.getSheet("Kinh phí")).get("NV01");
        Row rate = rowsByFirstCell(workbook.getSheet("Tổng hợp")).get(SummarySheet.EXECUTION_RATE);
        String whole = nv01.getCell(7).getCellStyle().getDataFormatString();
        DataFormatter formatter = new DataFormatter(java.util.Locale.US);

        assertThat(whole).isEqualTo("[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0");
        assertThat(formatter.formatRawCellContents(0, 200, whole)).isEqualTo("0");
        assertThat(formatter.formatRawCellContents(999, 200, whole)).isEqualTo("999");
        assertThat(formatter.formatRawCellContents(1000, 200, whole)).isEqualTo("1.000");
        assertThat(formatter.formatRawCellContents(1_250_000, 200, whole)).isEqualTo("1.250.000");
        assertThat(formatter.formatRawCellContents(999_999_999, 200, whole)).isEqualTo("999.999.999");
        String large = WorkbookStyles.LARGE_FORMAT;
        assertThat(formatter.formatRawCellContents(1_250_000_000, 200, large)).isEqualTo("1.250.000.000");
        assertThat(formatter.formatRawCellContents(999_999_999_999d, 200, large)).isEqualTo("999.999.999.999");
        assertThat(rate.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(rate.getCell(1).getCellStyle().getAlignment())
                .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        assertThat(rate.getCell(1).getStringCellValue()).matches("\\d+(,\\d)?");
    }

    @Test
    void aBillionDongTakesTheLargeFormat() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Kinh phí");
            TableSheet table = new TableSheet(sheet, new WorkbookStyles(book), "Tiêu đề", "Thời gian",
                    List.of("Mã", "Số tiền"));
            table.row("NV01", 1_250_000_000L);
            table.row("NV02", 999_999_999L);
            table.finish();

            DataFormatter formatter = new DataFormatter(java.util.Locale.US);
            assertThat(formatter.formatCellValue(sheet.getRow(3).getCell(1))).isEqualTo("1.250.000.000");
            assertThat(formatter.formatCellValue(sheet.getRow(4).getCell(1))).isEqualTo("999.999.999");
        }
    }

    @Test
    void chartSheetPrintsOneChartPerPage() {
        XSSFSheet sheet = workbook.getSheet("Biểu đồ");
        int charts = sheet.getDrawingPatriarch() == null ? 0 : sheet.getDrawingPatriarch().getShapes().size();

        assertThat(charts).isGreaterThan(1);
        assertThat(sheet.getRowBreaks()).hasSize(charts - 1);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
    }

    @Test
    void hostileEventNameIsEscapedInTheWorkbook() {
        Cell name = rowsByFirstCell(workbook.getSheet("Hoạt động")).values().stream().map(r -> r.getCell(3))
                .filter(c -> c.getStringCellValue().contains("HYPERLINK")).findFirst().orElseThrow();

        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo("'" + ReportScenario.HOSTILE_EVENT);
    }

    @Test
    void csvExportsStartWithBomAndEscapeTheHostileName() throws IOException {
        Path events = folder.resolve("exports/hoat-dong.csv");
        assertThat(Files.readAllBytes(events)).startsWith(0xEF, 0xBB, 0xBF);

        List<CSVRecord> records = csv(events);
        assertThat(records).hasSize(4);
        assertThat(records).extracting(r -> r.get("Tên hoạt động")).contains("'" + ReportScenario.HOSTILE_EVENT)
                .contains("Tuần văn hóa Đắk Lắk tại Champasak");
        long spent = csv(folder.resolve("exports/kinh-phi.csv")).stream()
                .mapToLong(r -> Long.parseLong(r.get("Đã thực hiện (đồng)"))).sum();
        assertThat((double) spent).isEqualTo(sql("SELECT sum(spent) FROM spending r" + CURRENT));
    }

    @Test
    void csvExportsHaveVietnameseHeadersAndLabelsBesideTheCodesSeparatedBySemicolons() throws IOException {
        assertThat(Files.readAllLines(folder.resolve("exports/nhiem-vu.csv")).get(0)).isEqualTo("\uFEFFMã cơ quan;Dòng;"
                + "Mã nhiệm vụ;Nội dung nhiệm vụ;Mã tình trạng;Tình trạng;Tỷ lệ hoàn thành (%);Kết quả thực hiện;"
                + "Khó khăn, vướng mắc;Đề xuất, kiến nghị");
        CSVRecord inProgress = csv(folder.resolve("exports/nhiem-vu.csv")).stream()
                .filter(r -> r.get("Mã cơ quan").equals("SNGV") && r.get("Mã nhiệm vụ").equals("NV02")).findFirst()
                .orElseThrow();
        assertThat(inProgress.get("Mã tình trạng")).isEqualTo("IN_PROGRESS");
        assertThat(inProgress.get("Tình trạng")).isEqualTo("Đang thực hiện");
        assertThat(inProgress.get("Tỷ lệ hoàn thành (%)")).isEqualTo("50");
        CSVRecord korea = csv(folder.resolve("exports/hoat-dong.csv")).stream()
                .filter(r -> r.get("Mã quốc gia").equals("KR")).findFirst().orElseThrow();
        assertThat(korea.get("Quốc gia")).isEqualTo("Hàn Quốc");
        assertThat(csv(folder.resolve("exports/kinh-phi.csv"))).extracting(r -> r.get("Mã nguồn kinh phí") + "="
                + r.get("Nguồn kinh phí")).contains("STATE_BUDGET=" + FundingSource.STATE_BUDGET.label());
        assertThat(csv(folder.resolve("exports/co-quan.csv"))).extracting(r -> r.get("Mã cơ quan") + " "
                + r.get("Mã tình trạng") + " " + r.get("Tình trạng")).contains("HBD MISSING Chưa gửi báo cáo");
        assertThat(csv(folder.resolve("exports/loi-canh-bao.csv"))).extracting(r -> r.get("Mã mức độ") + "="
                + r.get("Mức độ")).contains("ERROR=Lỗi");
    }

    @Test
    void chartHookEmbedsEachPictureUnderItsTitle(@TempDir Path charts) throws IOException {
        Path png = charts.resolve("bieu-do.png");
        ImageIO.write(new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        try (XSSFWorkbook target = new XSSFWorkbook()) {
            XSSFSheet sheet = target.createSheet("Biểu đồ");

            ChartSheet.embed(target, sheet, new WorkbookStyles(target), List.of(ChartImage.of("Hoạt động", png)));

            assertThat(target.getAllPictures()).hasSize(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hoạt động");
            assertThat(sheet.getDrawingPatriarch().getShapes()).hasSize(1);
        }
    }

    private double sql(String query) {
        Number value = jdbc.sql(query).query(Number.class).single();
        return value == null ? 0 : value.doubleValue();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.skip(1);
            return ExcelCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static Map<String, Double> keyValues(Sheet sheet) {
        Map<String, Double> values = new HashMap<>();
        rowsByFirstCell(sheet).forEach((key, row) -> {
            if (row.getCell(1).getCellType() == CellType.NUMERIC) {
                values.put(key, row.getCell(1).getNumericCellValue());
            }
        });
        return values;
    }

    private static Map<String, Row> rowsByFirstCell(Sheet sheet) {
        Map<String, Row> rows = new java.util.LinkedHashMap<>();
        for (int i = TableSheet.HEADER_ROW + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null) {
                continue;
            }
            rows.put(new DataFormatter().formatCellValue(row.getCell(0)), row);
        }
        return rows;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }
}
