package vn.daklak.ngoaivu.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;

/** The dashboard's charts: inline SVG with each value in a tooltip, safe under a strict CSP, and the PNG. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageChartsTest {

    private static final String EVIL = "<script>alert(1)</script> & Co";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageCharts charts;

    @Autowired
    PeriodFiguresQuery query;

    @BeforeAll
    void loadScenario() {
        ChartTestData data = new ChartTestData(jdbc);
        ChartScenario.load(data);
        // a partner name that is markup must stay text in the page
        data.partner("XX-EVIL", EVIL, "JP");
        long cat = data.accepted("CAT", 2025, "YEAR", "2025-12-18T08:00:00+07:00");
        data.event(cat, "JP", "XX-EVIL", "2025-04-01");
    }

    @Test
    void eachBarCarriesItsValueInATooltip() throws Exception {
        PageCharts.PageChart chart = charts.svg(figures(2024), "su-kien-theo-quoc-gia").orElseThrow();

        assertThat(chart.title()).isEqualTo("Hoạt động, sự kiện theo quốc gia diễn ra năm 2024");
        Element svg = parse(chart.svg());
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo(chart.title());
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 1200 675");
        assertThat(titles(svg)).containsExactly("Việt Nam · Số hoạt động, sự kiện: 3",
                "Hàn Quốc · Số hoạt động, sự kiện: 2", "Campuchia · Số hoạt động, sự kiện: 1",
                "Lào · Số hoạt động, sự kiện: 1");
    }

    @Test
    void eachSliceCarriesItsValueAndShare() throws Exception {
        Element svg = parse(charts.svg(figures(2024), "trang-thai-nhiem-vu").orElseThrow().svg());

        assertThat(titles(svg)).containsExactly("Hoàn thành: 5 (56%)", "Đang thực hiện: 1 (11%)",
                "Chưa thực hiện: 1 (11%)", "Không thực hiện: 1 (11%)", "Hoãn, chuyển kỳ sau: 1 (11%)");
    }

    @Test
    void stylesAreAttributesSoAStrictContentSecurityPolicyKeepsThem() {
        String svg = charts.svg(figures(2024), "kinh-phi-theo-nguon").orElseThrow().svg();

        assertThat(svg).doesNotContain("style=").contains("fill='rgb(78,121,167)'")
                .contains("id='ngvh-kinh-phi-theo-nguon-clip-0'")
                .contains("<title>Ngân sách nhà nước · Đã thực hiện: 110</title>");
    }

    @Test
    void agencyTextStaysText() throws Exception {
        String svg = charts.svg(figures(2025), "su-kien-theo-doi-tac").orElseThrow().svg();

        assertThat(svg).doesNotContain("<script").doesNotContain("& Co")
                .contains(">&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</text>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co · ");
        Element parsed = parse(svg);
        assertThat(titles(parsed)).contains(EVIL + " · Số hoạt động, sự kiện: 1");
        assertThat(texts(parsed)).contains(EVIL);
    }

    @Test
    void textIsTextInTheBundledFontWithAFallback() throws Exception {
        Element svg = parse(charts.svg(figures(2024), "su-kien-theo-quoc-gia").orElseThrow().svg());

        assertThat(texts(svg)).contains("Hoạt động, sự kiện theo quốc gia diễn ra năm 2024", "Việt Nam", "Lào");
        assertThat(svg.getAttribute("font-family"))
                .isEqualTo("\"DejaVu Sans\", \"Noto Sans\", \"Segoe UI\", Arial, sans-serif");
        Element title = (Element) svg.getElementsByTagName("text").item(0);
        assertThat(title.hasAttribute("font-family")).isFalse();
        assertThat(title.getAttribute("font-size")).isEqualTo("34px");
        assertThat(title.getAttribute("font-weight")).isEqualTo("bold");
        assertThat(title.hasAttribute("style")).isFalse();
    }

    @Test
    void pngIsTheSlideSizedChartAndAnUnknownNameIsNone() throws Exception {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(charts.png(figures(2024), "so-sanh-cac-nam")
                .orElseThrow()));

        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(png.getHeight()).isEqualTo(900);
        assertThat(charts.png(figures(2024), "../summary")).isEmpty();
        assertThat(charts.svg(figures(2024), "nope")).isEmpty();
        assertThat(charts.names(figures(2024))).hasSize(11).startsWith("trang-thai-nhiem-vu");
    }

    private PeriodFigures figures(int year) {
        return query.load(year, Period.YEAR);
    }

    private static Element parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg))).getDocumentElement();
    }

    private static java.util.List<String> titles(Element svg) {
        return contents(svg, "title");
    }

    private static java.util.List<String> texts(Element svg) {
        return contents(svg, "text");
    }

    private static java.util.List<String> contents(Element svg, String tag) {
        NodeList titles = svg.getElementsByTagName(tag);
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        return texts;
    }
}
