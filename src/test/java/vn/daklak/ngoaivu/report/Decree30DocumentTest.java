package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class Decree30DocumentTest {

    private static final String BODY = "Năm 2024, các cơ quan đã tổ chức 12 hoạt động ngoại giao văn hóa.";

    @TempDir
    static Path folder;

    static DocxReadBack report;

    @BeforeAll
    static void writeReport() throws IOException {
        Path chart = folder.resolve("chart.png");
        ImageIO.write(new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB), "png", chart.toFile());
        ReportProperties properties = DocxTestProperties.daklak();
        byte[] bytes = new Decree30Document()
                .heading(Decree30Heading.report(properties, LocalDate.of(2025, 1, 5)))
                .title("Báo cáo", "Kết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024")
                .section("I. KẾT QUẢ THỰC HIỆN")
                .paragraph(BODY)
                .chart(ChartImage.of("Tình trạng nhiệm vụ", chart), "Biểu đồ 1. Tình trạng nhiệm vụ")
                .closing(Decree30Closing.of(properties))
                .toBytes();
        report = new DocxReadBack(bytes);
    }

    @Test
    void pageIsA4PortraitWithTheDecreesMargins() {
        CTSectPr section = report.document.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(section.getPgSz().getOrient().toString()).isEqualTo("portrait");
        CTPageMar margins = section.getPgMar();
        assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));
        assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(850));
    }

    @Test
    void everyRunIsTimesNewRomanInEveryFontSlotAndThatIsAlsoTheDefault() {
        for (XWPFRun run : report.allRuns()) {
            for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
                assertThat(run.getFontFamily(range)).as(run.text() + " " + range).isEqualTo("Times New Roman");
            }
            assertThat(run.getFontSizeAsDouble()).as(run.text()).isBetween(11.0, 14.0);
        }
        assertThat(report.document.getStyles().getDefaultRunStyle().getRPr().getRFontsArray(0).getCs())
                .isEqualTo("Times New Roman");
    }

    @Test
    void headerTableIsBorderlessWithIssuerLeftAndMottoRight() {
        XWPFTable header = report.document.getTables().get(0);
        assertBorderless(header);
        assertThat(header.getCTTbl().getTblGrid().getGridColList()).extracting(c -> c.getW().toString())
                .containsExactly("3700", "5655");
        assertThat(texts(header.getRow(0).getCell(0).getParagraphs()))
                .containsExactly("UBND TỈNH ĐẮK LẮK", "SỞ NGOẠI VỤ", "");
        assertThat(texts(header.getRow(0).getCell(1).getParagraphs()))
                .containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "");
        assertThat(header.getRow(1).getCell(0).getText()).matches("Số: +/BC-SNgV");
        assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Đắk Lắk, ngày 05 tháng 01 năm 2025");

        assertRun(report.runOf("UBND TỈNH ĐẮK LẮK"), 13, false, false);
        assertRun(report.runOf("SỞ NGOẠI VỤ"), 13, true, false);
        assertRun(report.runOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 13, true, false);
        assertRun(report.runOf("Độc lập - Tự do - Hạnh phúc"), 14, true, false);
        assertRun(report.runOf("Đắk Lắk, ngày 05 tháng 01 năm 2025"), 14, false, true);
        assertThat(header.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble())
                .isEqualTo(13.0);
    }

    @Test
    void issuerAndMottoHaveAShortRuleUnderThem() {
        XWPFTable header = report.document.getTables().get(0);
        XWPFParagraph issuerRule = header.getRow(0).getCell(0).getParagraphs().get(2);
        XWPFParagraph mottoRule = header.getRow(0).getCell(1).getParagraphs().get(2);
        for (XWPFParagraph rule : List.of(issuerRule, mottoRule)) {
            assertThat(rule.getBorderBottom()).isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            assertThat(rule.getIndentationLeft()).isPositive().isEqualTo(rule.getIndentationRight());
        }
    }

    @Test
    void titleAndSubjectAreCentredBoldAndBodyIsJustifiedWithFirstLineIndent() {
        assertRun(report.runOf("BÁO CÁO"), 14, true, false);
        assertThat(report.paragraph("BÁO CÁO").orElseThrow().getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertRun(report.runOf("Kết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024"), 14, true, false);

        XWPFParagraph body = report.paragraph(BODY).orElseThrow();
        assertRun(body.getRuns().get(0), 14, false, false);
        assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(body.getIndentationFirstLine()).isEqualTo(720);
        assertThat(body.getSpacingAfter()).isGreaterThanOrEqualTo(120);
        assertThat(body.getSpacingBetween()).isBetween(1.0, 1.5);
        assertThat(report.paragraph("I. KẾT QUẢ THỰC HIỆN").orElseThrow().getRuns().get(0).isBold()).isTrue();
    }

    @Test
    void pageNumberIsCentredInTheHeaderFromPageTwo() {
        CTSectPr section = report.document.getDocument().getBody().getSectPr();
        assertThat(section.isSetTitlePg()).isTrue();
        assertThat(POIXMLUnits.parseOnOff(section.getTitlePg())).isTrue();
        XWPFHeaderFooterPolicy policy = report.document.getHeaderFooterPolicy();
        assertThat(policy.getFirstPageHeader().getText()).isBlank();
        XWPFParagraph number = policy.getDefaultHeader().getParagraphs().get(0);
        assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(number.getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
    }

    @Test
    void chartIsEmbeddedWithinTheTextWidthAndCaptioned() {
        assertThat(report.document.getAllPictures()).hasSize(1);
        XWPFParagraph picture = report.document.getParagraphs().stream()
                .filter(p -> !p.getRuns().isEmpty() && !p.getRuns().get(0).getEmbeddedPictures().isEmpty())
                .findFirst().orElseThrow();
        double widthPoints = picture.getRuns().get(0).getEmbeddedPictures().get(0).getWidth();
        assertThat(widthPoints).isLessThanOrEqualTo((11906 - 1701 - 850) / 20.0 + 0.5);
        assertRun(report.runOf("Biểu đồ 1. Tình trạng nhiệm vụ"), 13, false, true);
    }

    @Test
    void footerTableListsRecipientsAndTheSignatureBlock() {
        XWPFTable footer = report.document.getTables().get(1);
        assertBorderless(footer);
        assertThat(texts(footer.getRow(0).getCell(0).getParagraphs())).containsExactly(
                "Nơi nhận:", "- UBND tỉnh (để b/c);", "- Bộ Ngoại giao (để b/c);", "- Lưu: VT, HTQT.");
        assertRun(report.runOf("Nơi nhận:"), 12, true, true);
        assertRun(report.runOf("- UBND tỉnh (để b/c);"), 11, false, false);
        List<String> signer = texts(footer.getRow(0).getCell(1).getParagraphs()).stream()
                .filter(t -> !t.isEmpty()).toList();
        assertThat(signer).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An");
        assertRun(report.runOf("KT. GIÁM ĐỐC"), 14, true, false);
        assertRun(report.runOf("Nguyễn Văn An"), 14, true, false);
    }

    @Test
    void letterCarriesItsSubjectUnderTheNumberAndTheAddressees() {
        ReportProperties properties = DocxTestProperties.daklak();
        DocxReadBack letter = new DocxReadBack(new Decree30Document()
                .heading(Decree30Heading.letter(properties, LocalDate.of(2025, 2, 9), "đôn đốc báo cáo"))
                .addressees(List.of("Sở Tài chính", "UBND huyện Lắk"))
                .closing(Decree30Closing.of(properties))
                .toBytes());
        assertThat(texts(letter.cell(0, 1, 0).getParagraphs())).hasSize(2);
        assertThat(letter.cell(0, 1, 0).getParagraphs().get(0).getText()).matches("Số: +/SNgV-HTQT");
        assertRun(letter.runOf("V/v đôn đốc báo cáo"), 12, false, false);
        assertThat(letter.cell(0, 1, 1).getText()).isEqualTo("Đắk Lắk, ngày 09 tháng 02 năm 2025");
        assertThat(letter.bodyTexts()).containsSubsequence("Kính gửi:", "- Sở Tài chính;", "- UBND huyện Lắk.");
    }

    @Test
    void datesFollowTheDecreesLeadingZeroRule() {
        assertThat(Decree30Dates.longDate(LocalDate.of(2025, 3, 5))).isEqualTo("ngày 05 tháng 3 năm 2025");
        assertThat(Decree30Dates.longDate(LocalDate.of(2024, 12, 20))).isEqualTo("ngày 20 tháng 12 năm 2024");
        assertThat(Decree30Dates.longDate(LocalDate.of(2025, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2025");
    }

    @Test
    void storageLineIsAddedWhenTheRecipientsLackIt() {
        assertThat(Decree30Tables.recipientLines(List.of("UBND tỉnh")))
                .containsExactly("- UBND tỉnh;", "- Lưu: VT.");
    }

    private static void assertBorderless(XWPFTable table) {
        assertThat(List.of(table.getTopBorderType(), table.getBottomBorderType(), table.getLeftBorderType(),
                table.getRightBorderType(), table.getInsideHBorderType(), table.getInsideVBorderType()))
                .containsOnly(XWPFBorderType.NONE);
    }

    private static void assertRun(XWPFRun run, double size, boolean bold, boolean italic) {
        assertThat(run.getFontSizeAsDouble()).as(run.text()).isEqualTo(size);
        assertThat(run.isBold()).as(run.text() + " bold").isEqualTo(bold);
        assertThat(run.isItalic()).as(run.text() + " italic").isEqualTo(italic);
        assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("Times New Roman");
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(XWPFParagraph::getText).toList();
    }
}
