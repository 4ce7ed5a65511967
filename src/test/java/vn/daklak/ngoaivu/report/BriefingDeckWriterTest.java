package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * The briefing deck of {@link ReportScenario}'s YEAR 2024, with an annual report of SNGV for 2023 (1 task done, 2
 * events, 100.000.000 đồng spent) to compare with, read back with POI.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingDeckWriterTest {

    @Autowired
    private BriefingDeckWriter writer;
    @Autowired
    private PeriodFiguresQuery query;
    @Autowired
    private DataSource dataSource;
    @TempDir
    static Path output;

    private PeriodFigures figures;
    private XMLSlideShow deck;

    @BeforeAll
    void writeTheDeck() throws IOException {
        ReportTestData data = new ReportTestData(JdbcClient.create(dataSource));
        ReportScenario.load(data);
        long before = data.accepted("SNGV", 2023, Period.YEAR, "2023-12-10T09:00:00+07:00");
        data.task(before, 1, "NV01", "DONE", 100)
                .event(before, 1, "NV01", "Năm trước 1", "2023-05-01", "VN", null, 10, 0)
                .event(before, 2, "NV01", "Năm trước 2", "2023-06-01", "VN", null, 10, 0)
                .spending(before, 1, "NV01", "STATE_BUDGET", 100_000_000L, 100_000_000L, 100_000_000);
        figures = query.load(2024, Period.YEAR);
        List<ChartImage> charts = List.of(chart("su-kien-theo-quoc-gia", "Hoạt động theo quốc gia năm 2024"),
                chart("tinh-trang-nop-bao-cao", "Tình hình nộp báo cáo năm 2024"));
        Path file = writer.write(figures, charts, output, LocalDate.of(2024, 12, 25));
        assertThat(file.getFileName()).hasToString("trinh-chieu-2024-YEAR.pptx");
        try (InputStream in = Files.newInputStream(file)) {
            deck = new XMLSlideShow(in);
        }
    }

    @Test
    void deckIsSixteenByNineWithTheSlidesInBriefingOrder() {
        assertThat(deck.getPageSize()).isEqualTo(new Dimension(960, 540));
        assertThat(deck.getSlides()).extracting(s -> texts(s).get(0)).containsExactly(
                "SỞ NGOẠI VỤ", "Số liệu chính", "Hoạt động theo quốc gia năm 2024", "Tình hình nộp báo cáo năm 2024",
                "Cơ quan, đơn vị chưa có báo cáo hợp lệ (3)", "Phương hướng kỳ tới");
        assertThat(texts(deck.getSlides().get(0))).contains(
                "KẾT QUẢ THỰC HIỆN KẾ HOẠCH NGOẠI GIAO VĂN HÓA NĂM 2024", "Số liệu từ 15/12/2023 đến 14/12/2024",
                "Đắk Lắk, ngày 25 tháng 12 năm 2024");
    }

    @Test
    void keyFiguresAreTheReportsNumbersWithTheChangeAgainstTheYearBefore() {
        assertThat(rows(table(deck.getSlides().get(1)))).containsExactly(
                List.of("Chỉ tiêu", "Kỳ này", "Cùng kỳ năm 2023", "Thay đổi"),
                // 2023: SNGV on time (10/12, deadline 20/12) of the 6 expected then (CAT still existed)
                List.of("Cơ quan, đơn vị gửi báo cáo đúng hạn", "1/5", "1/6", "không đổi"),
                List.of("Lượt nhiệm vụ hoàn thành", "2", "1", "+1 (+100%)"),
                List.of("Hoạt động", "4", "2", "+2 (+100%)"),
                List.of("Hoạt động ở nước ngoài", "2", "0", "+2"),
                List.of("Kinh phí đã thực hiện (đồng)", "855.000.000", "100.000.000", "+755.000.000 (+755%)"));
        assertThat(List.of(figures.onTimeCount(), figures.events().size(), figures.spendingTotal().spent()))
                .containsExactly(1L, 4L, 855_000_000L);
    }

    @Test
    void withoutAnyFileTheYearBeforeTheOnTimeFigureSaysSoInsteadOfAFalseZero() {
        BriefingKeyFigures h1 = new BriefingKeyFigures(query.load(2024, Period.H1));

        assertThat(h1.lines().get(0).previous()).isEqualTo("chưa có số liệu");
        assertThat(h1.lines().get(0).change()).isEqualTo("—");
    }

    @Test
    void eachChartSlideHasItsPictureAndATakeawayComputedFromTheFigures() {
        XSLFSlide countries = deck.getSlides().get(2);
        assertThat(texts(countries)).contains("Hàn Quốc chiếm 50% hoạt động ở nước ngoài (1/2).");
        assertThat(countries.getShapes()).filteredOn(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFPictureShape)
                .hasSize(1);
        assertThat(texts(deck.getSlides().get(3)))
                .contains("1/5 cơ quan, đơn vị thuộc diện báo cáo gửi đúng hạn; 3 chưa có báo cáo hợp lệ.");
    }

    @Test
    void missingAgenciesAndOutlookNameAgenciesAndTasksInFull() {
        assertThat(rows(table(deck.getSlides().get(4)))).containsExactly(List.of("Cơ quan, đơn vị", "Tình trạng"),
                List.of("UBND huyện Buôn Đôn", "Chưa gửi báo cáo"), List.of("Sở Kế hoạch và Đầu tư", "Chưa gửi báo cáo"),
                List.of("Sở Tài chính", "Tệp bị từ chối"));
        assertThat(texts(deck.getSlides().get(5))).containsExactly("Phương hướng kỳ tới",
                "Chuyển sang năm 2025 tiếp tục thực hiện 3 nhiệm vụ của Kế hoạch chưa hoàn thành (kể cả phần việc đang"
                        + " thực hiện, chưa thực hiện hoặc hoãn):",
                "• NV01. Đoàn nghệ thuật tại Jeonbuk (chủ trì: Sở Ngoại vụ)",
                "• NV02. Tuần văn hóa tại Nam Lào (chủ trì: Sở Văn hóa, Thể thao và Du lịch)",
                "• NV03. Thông tin đối ngoại (chủ trì: Báo Đắk Lắk)");
    }

    @Test
    void everyRunIsInArialAndEveryTextFitsItsBox() {
        for (XSLFSlide slide : deck.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFTextShape box) {
                    double needed = BriefingSlides.INSETS;
                    for (XSLFTextParagraph paragraph : box.getTextParagraphs()) {
                        for (XSLFTextRun run : paragraph.getTextRuns()) {
                            assertThat(run.getFontFamily()).isEqualTo("Arial");
                            needed += BriefingSlides.height(BriefingSlides.lines(run.getRawText(),
                                    box.getAnchor().getWidth(), run.getFontSize()), 1, run.getFontSize());
                        }
                    }
                    assertThat(needed).as(box.getText()).isLessThanOrEqualTo(box.getAnchor().getHeight() + 1);
                }
            }
        }
    }

    @Test
    void manyCarriedOverTasksEndWithHowManyMoreInsteadOfOverflowing() {
        List<PlanTaskFigure> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            many.add(new PlanTaskFigure("NV%02d".formatted(i), "A", "Giao lưu văn hóa", "Nhiệm vụ có nội dung khá dài"
                    + " để thử việc xuống dòng trên trang trình chiếu số " + i, "SNGV", List.of(), null, null, null,
                    "STATE_BUDGET", null));
        }
        PeriodFigures f = figures;
        PeriodFigures withMany = new PeriodFigures(f.year(), f.period(), f.window(), f.deadline(), f.agencies(), many,
                List.of(), ListEventRows.NONE, List.of(), ListEventRows.problems(List.of()), f.yearComparison());
        try (XMLSlideShow show = writer.build(withMany, List.of(), LocalDate.of(2024, 12, 25))) {
            List<String> outlook = texts(show.getSlides().get(show.getSlides().size() - 1));
            String last = outlook.get(outlook.size() - 1);
            int shown = outlook.size() - 3;
            assertThat(last).isEqualTo("… và " + (30 - shown) + " nhiệm vụ khác (chi tiết trong báo cáo).");
            assertThat(shown).isBetween(5, 15);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ChartImage chart(String slug, String title) throws IOException {
        Path png = output.resolve(slug + ".png");
        ImageIO.write(new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        return ChartImage.of(title, png);
    }

    private static List<String> texts(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape box) {
                box.getTextParagraphs().forEach(p -> texts.add(p.getText()));
            }
        }
        return texts;
    }

    private static XSLFTable table(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).findFirst()
                .orElseThrow();
    }

    private static List<List<String>> rows(XSLFTable table) {
        return table.getRows().stream().map(r -> r.getCells().stream().map(c -> c.getText()).toList()).toList();
    }
}
