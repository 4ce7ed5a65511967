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
        assertThat(List.of(figures.onTimeCount(), figures.lateCount(), figures.participants(),
                figures.foreignGuests(), figures.abroadEvents())).containsExactly(2L, 1L, 330L, 30L, 2L);
        assertThat(figures.spendingTotal()).isEqualTo(new MoneyTotals(910_000_000, 860_000_000, 855_000_000));
    }

    @Test
    void submissionSentenceCarriesTheFiguresNumbers() {
        assertThat(numbersOf("Có ")).containsExactly(n(figures.expectedCodes().size()),
                n(figures.acceptedCodes().size()), n(figures.onTimeCount()), n(figures.lateCount()), "20/12/2024",
                n(figures.missingCodes().size()), n(figures.rejectedCodes().size()));
    }

    @Test
    void taskSentenceCountsRowsByStatus() {
        var byStatus = figures.tasksByStatus();
        assertThat(numbersOf("Các cơ quan, đơn vị đã báo cáo ")).containsExactly(n(figures.tasks().size()),
                n(byStatus.get(TaskStatus.DONE)), n(byStatus.get(TaskStatus.IN_PROGRESS)),
                n(byStatus.get(TaskStatus.NOT_STARTED)), n(byStatus.get(TaskStatus.CANCELLED)),
                n(byStatus.get(TaskStatus.POSTPONED)));
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
    void resultsGoByGroupWithNotableEventsAndPartnerProvinces() {
        assertThat(text).contains("2.1. Giao lưu văn hóa")
                .contains("- NV01. Đoàn nghệ thuật tại Jeonbuk: 2 lượt báo cáo (1 hoàn thành, 1 chưa thực hiện);"
                        + " 2 hoạt động; kinh phí đã thực hiện 800.000.000 đồng.")
                .contains("- Với Tỉnh Champasak: 1 hoạt động, gồm: Tuần văn hóa Đắk Lắk tại Champasak (Sở Ngoại vụ,"
                        + " 10/06/2024).")
                .contains("- Với Tỉnh Jeonbuk: 1 hoạt động, gồm: Đón đoàn Jeonbuk (Sở Văn hóa, Thể thao và Du lịch,"
                        + " 05/09/2024).")
                .contains("Hoạt động tiêu biểu: Chuyên mục đối ngoại (Báo Đắk Lắk, 11/11/2024, tại Buôn Ma Thuột;"
                        + " 200 người tham gia, 0 khách quốc tế)")
                .contains("Tuần văn hóa Đắk Lắk tại Champasak (Sở Ngoại vụ, 10/06/2024, tại Buôn Ma Thuột, Lào;")
                .doesNotContain("Bản cũ").doesNotContain("Chỉ trong 6 tháng");
    }

    @Test
    void assessmentNamesOverdueTasksMissingAgenciesAndSpending() {
        assertThat(text).contains("- Có 1 nhiệm vụ đã hết thời hạn theo Kế hoạch nhưng cơ quan chủ trì chưa báo cáo hoàn thành:"
                        + " NV02 (Tuần văn hóa tại Nam Lào; hạn 30/11/2024; chủ trì: Sở Văn hóa, Thể thao và Du lịch).")
                .contains("- Còn 3 cơ quan, đơn vị chưa có báo cáo hợp lệ: UBND huyện Buôn Đôn, Sở Kế hoạch và Đầu tư,"
                        + " Sở Tài chính; 1 cơ quan, đơn vị gửi báo cáo sau hạn ngày 20/12/2024.")
                .contains("- Kinh phí đã thực hiện đạt 99,4% so với kinh phí được duyệt.")
                .contains("- Khó khăn ở nhiệm vụ NV02 (Sở Ngoại vụ): Thiếu phiên dịch.");
    }

    @Test
    void directionListsUnfinishedTasksAndProposalsAreGroupedAndAttributed() {
        // NV02's lead SVHTTDL did not report it and its end 30/11 is past: overdue; NV03 ends after the window and its
        // lead BDL did not report it; NV01 is done by its lead SNGV.
        assertThat(text).contains("Tiếp tục triển khai 2 nhiệm vụ chưa hoàn thành của Kế hoạch:")
                .contains("- NV02. Tuần văn hóa tại Nam Lào (chủ trì: Sở Văn hóa, Thể thao và Du lịch; tình trạng:"
                        + " quá hạn; các cơ quan đã báo cáo: 1 đang thực hiện, 1 không thực hiện).")
                .contains("- NV03. Thông tin đối ngoại (chủ trì: Báo Đắk Lắk; tình trạng: cơ quan chủ trì chưa báo"
                        + " cáo; các cơ quan đã báo cáo: 1 hoàn thành, 1 hoãn, chuyển kỳ sau).")
                .doesNotContain("- NV01. Đoàn nghệ thuật tại Jeonbuk (chủ trì")
                .contains("- Nhiệm vụ NV02: Báo Đắk Lắk đề xuất: Đề nghị bố trí kinh phí sớm. Sở Ngoại vụ đề xuất:"
                        + " Đề nghị bố trí kinh phí sớm.");
        assertThat(text.indexOf("III. PHƯƠNG HƯỚNG")).isGreaterThan(text.indexOf("II. ĐÁNH GIÁ CHUNG"));
        assertThat(text.indexOf("IV. ĐỀ XUẤT, KIẾN NGHỊ")).isGreaterThan(text.indexOf("III. PHƯƠNG HƯỚNG"));
    }

    @Test
    void titleAndSubjectNameThePeriod() {
        assertThat(text).startsWith("BÁO CÁO\nKết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024\n")
                .contains("(số liệu từ 15/12/2023 đến 14/12/2024)");
    }

    @Test
    void chartsComeAfterTheProposalsWithTheirCaptions() throws IOException {
        Path png = output.resolve("tinh-trang.png");
        ImageIO.write(new BufferedImage(640, 320, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path folder = Files.createDirectories(output.resolve("with-charts"));
        Path file = writer.write(figures, List.of(new ChartImage("Tình trạng nhiệm vụ", png)), folder,
                LocalDate.of(2024, 12, 25));

        DocxReadBack report = new DocxReadBack(Files.readAllBytes(file));
        assertThat(report.document.getAllPictures()).hasSize(1);
        assertThat(report.bodyTexts()).containsSubsequence("IV. ĐỀ XUẤT, KIẾN NGHỊ", "BIỂU ĐỒ MINH HỌA",
                "Biểu đồ 1. Tình trạng nhiệm vụ");
    }

    @Test
    void periodWithoutDataStillReadsAsSentences() {
        PeriodFigures empty = query.load(2030, Period.H1);
        Path file = writer.write(empty, List.of(), output, LocalDate.of(2030, 6, 30));

        assertThat(readBody(file)).contains("Kết quả thực hiện Kế hoạch Ngoại giao văn hóa 6 tháng đầu năm 2030")
                .contains("Các cơ quan, đơn vị đã báo cáo 0 lượt thực hiện nhiệm vụ")
                .contains("Trong kỳ chưa có hoạt động nào với các địa phương đối tác được báo cáo.")
                .contains("- Kinh phí đã thực hiện đạt 0% so với kinh phí được duyệt.")
                .contains("Trong kỳ, các cơ quan, đơn vị không có đề xuất, kiến nghị.");
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
