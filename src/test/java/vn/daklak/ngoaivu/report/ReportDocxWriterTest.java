package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.support.VietnameseNumbers;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocxWriterTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,/]\\d+)*");

    @Autowired
    private ReportDocxWriter writer;
    @Autowired
    private PeriodFiguresQuery query;
    @Autowired
    private DataSource dataSource;
    @TempDir
    static Path output;

    private PeriodFigures figures;
    private String text;

    @BeforeAll
    void writeReportOfTheScenario() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ReportScenario.load(new ReportTestData(jdbc));
        jdbc.sql("UPDATE task_report SET proposals = 'Đề nghị bố trí kinh phí sớm', issues = 'Thiếu phiên dịch'"
                + " WHERE task_code = 'NV02' AND submission_id IN (SELECT id FROM submission WHERE is_current)").update();
        figures = query.load(2024, Period.YEAR);
        Path file = writer.write(figures, List.of(), output, LocalDate.of(2024, 12, 25));
        assertThat(file.getFileName()).hasToString("bao-cao-2024-YEAR.docx");
        text = readBody(file);
    }

    @Test
    void scenarioFiguresAreTheHandCountedOnes() {
        assertThat(List.of(figures.expectedCodes().size(), figures.acceptedCodes().size(),
                figures.missingCodes().size(), figures.rejectedCodes().size())).containsExactly(5, 3, 3, 1);
        assertThat(List.of(figures.onTimeCount(), figures.lateCount(), figures.expectedRejectedCount(),
                figures.expectedMissingCount(), figures.participants(), figures.foreignGuests(),
                figures.abroadEvents())).containsExactly(1L, 1L, 1L, 2L, 330L, 30L, 2L);
        assertThat(figures.unrequestedCodes()).containsExactly("BDL");
        assertThat(figures.spendingTotal()).isEqualTo(new MoneyTotals(910_000_000, 860_000_000, 855_000_000));
    }

    @Test
    void submissionSentenceSplitsTheExpectedSoThatThePartsAddUpAndStatesTheUnrequestedApart() {
        assertThat(text).contains("Có 5 cơ quan, đơn vị thuộc diện báo cáo: 1 cơ quan, đơn vị gửi báo cáo hợp lệ đúng"
                + " hạn; 1 cơ quan, đơn vị gửi báo cáo hợp lệ sau hạn ngày 20/12/2024; 1 cơ quan, đơn vị chỉ có tệp báo"
                + " cáo bị từ chối; 2 cơ quan, đơn vị chưa gửi báo cáo. Ngoài ra, 1 cơ quan, đơn vị không thuộc diện"
                + " báo cáo cũng gửi báo cáo (Báo Đắk Lắk); số liệu của các báo cáo này được tổng hợp chung.");
        List<String> numbers = numbersOf("Có ");
        assertThat(numbers.get(0)).isEqualTo(n(figures.expectedCodes().size()));
        assertThat(Integer.parseInt(numbers.get(1)) + Integer.parseInt(numbers.get(2))
                + Integer.parseInt(numbers.get(4)) + Integer.parseInt(numbers.get(5)))
                .isEqualTo(figures.expectedCodes().size());
        assertThat(Integer.parseInt(numbers.get(1)) + Integer.parseInt(numbers.get(2))
                + Integer.parseInt(numbers.get(6))).isEqualTo(figures.acceptedCodes().size());
    }

    @Test
    void timelinessSaysWhichEvidenceWasUsed() {
        assertThat(text).contains("Việc gửi đúng hạn được xác định theo ngày lập ghi trong báo cáo (mục \"Ngày lập\""
                + " của trang Thông tin chung); 2 cơ quan, đơn vị (Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch) không"
                + " ghi ngày lập (hoặc ghi ngày sau thời điểm nhận tệp) nên được xác định theo thời điểm nhận tệp.");
    }

    @Test
    void taskSentenceCountsRowsByStatus() {
        var byStatus = figures.tasksByStatus();
        List<String> expected = new java.util.ArrayList<>(List.of(n(figures.tasks().size())));
        java.util.stream.Stream.of(TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED,
                TaskStatus.CANCELLED, TaskStatus.POSTPONED).filter(s -> byStatus.getOrDefault(s, 0L) > 0)
                .forEach(s -> expected.add(n(byStatus.get(s))));
        assertThat(numbersOf("Các cơ quan, đơn vị đã báo cáo ")).containsExactlyElementsOf(expected);
    }

    @Test
    void activitiesAndSpendingSentencesCarryTheFiguresNumbers() {
        assertThat(numbersOf("Các cơ quan, đơn vị đã tổ chức")).containsExactly(n(figures.events().size()),
                n(figures.participants()), n(figures.foreignGuests()), n(figures.abroadEvents()));
        MoneyTotals total = figures.spendingTotal();
        var bySource = figures.spendingBySource();
        assertThat(numbersOf("Tổng kinh phí dự toán")).containsExactly("910.000.000", "860.000.000", "855.000.000",
                "99,4", "800.000.000", "50.000.000", "5.000.000");
        assertThat(DocxNumbers.money(total.spent())).isEqualTo("855.000.000 đồng");
        assertThat(bySource.get(FundingSource.STATE_BUDGET).spent()).isEqualTo(800_000_000L);
    }

    @Test
    void resultsGoByGroupWithNotableEventsAndAPartnerTable() throws IOException {
        assertThat(text).contains("2.1. Giao lưu văn hóa")
                .contains("- NV01. Đoàn nghệ thuật tại Jeonbuk: 2 lượt báo cáo (1 hoàn thành, 1 chưa thực hiện);"
                        + " 2 hoạt động; kinh phí đã thực hiện 800.000.000 đồng.")
                .contains("Có 2 hoạt động với 2 địa phương đối tác; chi tiết như bảng sau:")
                .contains("Hoạt động tiêu biểu: Chuyên mục đối ngoại (Báo Đắk Lắk, 11/11/2024, tại Buôn Ma Thuột;"
                        + " 200 người tham gia, 0 khách quốc tế)")
                .contains("Tuần văn hóa Đắk Lắk tại Champasak (Sở Ngoại vụ, 10/06/2024, tại Buôn Ma Thuột, Lào;")
                .doesNotContain("Bản cũ").doesNotContain("Chỉ trong 6 tháng");
        XWPFTable partners = reportOf(figures).document.getTables().get(1);
        assertThat(rowTexts(partners)).containsExactly(
                List.of("TT", "Địa phương đối tác", "Số hoạt động", "Cơ quan, đơn vị thực hiện"),
                List.of("1", "Tỉnh Jeonbuk", "1", "Sở Văn hóa, Thể thao và Du lịch"),
                List.of("2", "Tỉnh Champasak", "1", "Sở Ngoại vụ"));
        assertThat(figures.partnerNames()).containsEntry("LA-CH", "Tỉnh Champasak").containsEntry("KR-JB", "Tỉnh Jeonbuk");
    }

    @Test
    void notableActivitiesNeverRepeatATitle() throws IOException {
        EventFigure first = ListEventRows.listOf(figures.events()).stream().filter(e -> "LA-CH".equals(e.partnerCode())).findFirst()
                .orElseThrow();
        EventFigure sameTitle = new EventFigure("BDL", 9, first.taskCode(), first.name().toUpperCase(),
                first.eventType(), first.startDate(), first.startPrecision(), first.endDate(), first.location(),
                first.country(), null, null, 500, 0, null, null, null);
        List<EventFigure> events = new ArrayList<>(ListEventRows.listOf(figures.events()));
        events.add(sameTitle);
        String body = reportOf(withEvents(events)).bodyText();

        String notable = body.lines().filter(l -> l.startsWith("Hoạt động tiêu biểu: ")).findFirst().orElseThrow();
        // the same title in other case counts as the same activity: only the larger one (500 people) is listed
        assertThat(notable).contains("TUẦN VĂN HÓA ĐẮK LẮK TẠI CHAMPASAK (Báo Đắk Lắk, 10/06/2024")
                .doesNotContain("Tuần văn hóa Đắk Lắk tại Champasak (Sở Ngoại vụ");
    }

    @Test
    void assessmentSaysOnlyWhatIsTrueAndGroupsDifficultiesByTheme() {
        assertThat(text).contains("Các cơ quan, đơn vị đã hoàn thành 2 trên 6 lượt nhiệm vụ được báo cáo (đạt 33,3%);"
                        + " tổ chức, tham gia 4 hoạt động, trong đó 2 hoạt động ở nước ngoài; 1 trên 5 cơ quan, đơn vị"
                        + " thuộc diện báo cáo gửi báo cáo đúng hạn.")
                .contains("- Có 1 nhiệm vụ đã hết thời hạn theo Kế hoạch nhưng cơ quan chủ trì chưa báo cáo hoàn thành:"
                        + " NV02 (Tuần văn hóa tại Nam Lào; hạn 30/11/2024; chủ trì: Sở Văn hóa, Thể thao và Du lịch).")
                .contains("- Còn 3 cơ quan, đơn vị chưa có báo cáo hợp lệ (UBND huyện Buôn Đôn, Sở Kế hoạch và Đầu tư,"
                        + " Sở Tài chính); 1 cơ quan, đơn vị gửi báo cáo sau hạn ngày 20/12/2024.")
                .contains("Khó khăn, vướng mắc các cơ quan, đơn vị nêu (1 nội dung):\n"
                        + "- Thiếu phiên dịch (2 cơ quan, đơn vị: Báo Đắk Lắk, Sở Ngoại vụ).")
                // spending reached 99,4%, no task is below half of its allocation: not a limitation
                .doesNotContain("Kinh phí đã thực hiện đạt");
    }

    @Test
    void outlookCarriesOverEveryOpenTaskAndProposalsAreGroupedByTheme() {
        // NV01 is done by its lead SNGV but SVHTTDL reports its part not started; NV02's lead did not report it and
        // its end 30/11 is past; NV03's lead BDL did not report it (SVHTTDL postponed its part).
        assertThat(text).contains("Chuyển sang năm 2025 tiếp tục thực hiện 3 nhiệm vụ của Kế hoạch chưa hoàn thành")
                .contains("- NV01. Đoàn nghệ thuật tại Jeonbuk (chủ trì: Sở Ngoại vụ; tình trạng: cơ quan chủ trì đã"
                        + " hoàn thành phần việc của mình; các cơ quan đã báo cáo: 1 hoàn thành, 1 chưa thực hiện).")
                .contains("- NV02. Tuần văn hóa tại Nam Lào (chủ trì: Sở Văn hóa, Thể thao và Du lịch; tình trạng:"
                        + " quá hạn; các cơ quan đã báo cáo: 1 đang thực hiện, 1 không thực hiện).")
                .contains("- NV03. Thông tin đối ngoại (chủ trì: Báo Đắk Lắk; tình trạng: cơ quan chủ trì chưa báo"
                        + " cáo; các cơ quan đã báo cáo: 1 hoàn thành, 1 hoãn, chuyển kỳ sau).")
                .doesNotContain("đã được báo cáo hoàn thành")
                .contains("Các cơ quan, đơn vị đề xuất, kiến nghị (1 nội dung):\n"
                        + "- Đề nghị bố trí kinh phí sớm (2 cơ quan, đơn vị: Báo Đắk Lắk, Sở Ngoại vụ).");
        assertThat(text.indexOf("III. PHƯƠNG HƯỚNG")).isGreaterThan(text.indexOf("II. ĐÁNH GIÁ CHUNG"));
        assertThat(text.indexOf("IV. ĐỀ XUẤT, KIẾN NGHỊ")).isGreaterThan(text.indexOf("III. PHƯƠNG HƯỚNG"));
    }

    @Test
    void titleAndSubjectNameThePeriod() {
        assertThat(text).startsWith("BÁO CÁO\nKết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024\n")
                .contains("(số liệu từ 15/12/2023 đến 14/12/2024)");
    }

    @Test
    void firstHalfReportSpeaksOfTheYearsPlanInItsFirstSixMonths() {
        String h1 = reportOf(query.load(2024, Period.H1)).bodyText();

        assertThat(h1).startsWith("BÁO CÁO\nKết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024 trong 6 tháng đầu"
                        + " năm\n")
                .contains("báo cáo kết quả thực hiện Kế hoạch trong 6 tháng đầu năm 2024 như sau:")
                .contains("Chuyển sang 6 tháng cuối năm 2024 tiếp tục thực hiện")
                .contains("Trên đây là báo cáo kết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024 trong 6 tháng"
                        + " đầu năm, Sở Ngoại vụ kính báo cáo Ủy ban nhân dân tỉnh./.")
                .doesNotContain("Kế hoạch Ngoại giao văn hóa 6 tháng");
    }

    @Test
    void bodyEndsWithTheClosingFormulaThenSignatureThenTheChartAppendix() throws IOException {
        Path png = output.resolve("tinh-trang.png");
        ImageIO.write(new BufferedImage(640, 320, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path folder = Files.createDirectories(output.resolve("with-charts"));
        // the signer's title and name come from the settings
        Path file = new ReportDocxWriter(DocxTestProperties.daklak()).write(figures,
                List.of(ChartImage.of("Tình trạng nhiệm vụ", png)), folder, LocalDate.of(2024, 12, 25));

        DocxReadBack report = new DocxReadBack(Files.readAllBytes(file));
        assertThat(report.document.getAllPictures()).hasSize(1);
        List<String> order = new ArrayList<>();
        for (IBodyElement element : report.document.getBodyElements()) {
            if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                order.add(p.getText());
            } else if (element instanceof XWPFTable t && t.getText().contains("Nơi nhận:")) {
                order.add("[Nơi nhận, chữ ký]");
                assertThat(t.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                        .containsSubsequence("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An");
            }
        }
        assertThat(order).containsSubsequence("IV. ĐỀ XUẤT, KIẾN NGHỊ",
                "Trên đây là báo cáo kết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024, Sở Ngoại vụ kính báo cáo"
                        + " Ủy ban nhân dân tỉnh./.",
                "[Nơi nhận, chữ ký]", ReportDocxWriter.APPENDIX_TITLE,
                "Biểu đồ 1. Tình trạng nhiệm vụ");
        assertThat(report.paragraph(ReportDocxWriter.APPENDIX_TITLE).orElseThrow().isPageBreak()).isTrue();
        assertThat(order.get(order.size() - 1)).isEqualTo("Biểu đồ 1. Tình trạng nhiệm vụ");
    }

    @Test
    void periodWithoutDataStillReadsAsSentencesAndListsNoZero() {
        PeriodFigures empty = query.load(2030, Period.H1);
        Path file = writer.write(empty, List.of(), output, LocalDate.of(2030, 6, 30));

        assertThat(readBody(file))
                .contains("Kết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2030 trong 6 tháng đầu năm")
                .contains("Có 4 cơ quan, đơn vị thuộc diện báo cáo: 4 cơ quan, đơn vị chưa gửi báo cáo.")
                .contains("Các cơ quan, đơn vị đã báo cáo 0 lượt thực hiện nhiệm vụ.\n") // no "0 hoàn thành, …"
                .contains("Trong kỳ chưa có kết quả được các cơ quan, đơn vị báo cáo.")
                .contains("Trong kỳ chưa có hoạt động nào với các địa phương đối tác được báo cáo.")
                .contains("Chưa có danh mục nhiệm vụ của Kế hoạch năm 2030")
                .contains("Trong kỳ, các cơ quan, đơn vị không có đề xuất, kiến nghị.")
                .doesNotContain("0 cơ quan").doesNotContain("Không có nhiệm vụ nào đã hết thời hạn")
                .doesNotContain("đã được báo cáo hoàn thành").doesNotContain("Việc gửi đúng hạn");
    }

    private DocxReadBack reportOf(PeriodFigures periodFigures) {
        return new DocxReadBack(writer.build(periodFigures, List.of(), LocalDate.of(2024, 12, 25)).toBytes());
    }

    private PeriodFigures withEvents(List<EventFigure> events) {
        PeriodFigures f = figures;
        return new PeriodFigures(f.year(), f.period(), f.window(), f.deadline(), f.agencies(), f.planTasks(),
                f.tasks(), new ListEventRows(events), f.spending(), f.problems(), f.yearComparison());
    }

    private static List<List<String>> rowTexts(XWPFTable table) {
        return table.getRows().stream()
                .map(row -> row.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
    }

    private List<String> numbersOf(String paragraphStart) {
        String paragraph = text.lines().filter(l -> l.startsWith(paragraphStart)).findFirst()
                .orElseThrow(() -> new AssertionError("Không có đoạn bắt đầu bằng: " + paragraphStart + "\n" + text));
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(paragraph);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }

    private static String n(long value) {
        return VietnameseNumbers.whole(value);
    }

    private static String readBody(Path file) {
        try {
            return new DocxReadBack(Files.readAllBytes(file)).bodyText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
