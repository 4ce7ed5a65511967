package vn.daklak.ngoaivu.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;

/** The scenario is loaded once for the class; each test renders its own period into its own folder. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartRendererTest {

    private static final List<String> PERIOD_CHARTS = List.of("trang-thai-nhiem-vu", "trang-thai-nhiem-vu-theo-co-quan",
            "su-kien-theo-quoc-gia", "su-kien-theo-doi-tac", "su-kien-theo-thang", "kinh-phi-theo-nguon",
            "ty-le-giai-ngan-theo-co-quan", "tinh-trang-nop-bao-cao");
    private static final List<String> YEAR_CHARTS = List.of("so-sanh-cac-nam", "kinh-phi-cac-nam",
            "nhiem-vu-hoan-thanh-cac-nam");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChartRenderer renderer;

    @Autowired
    PeriodFiguresQuery query;

    @TempDir
    Path output;

    @BeforeAll
    void loadScenario() {
        ChartScenario.load(new ChartTestData(jdbc));
    }

    @Test
    void writesEveryChartAsSlideSizedPngAndWellFormedSvg() throws Exception {
        Path dir = output.resolve("charts");
        List<RenderedChart> charts = renderer.render(figures(2024, Period.YEAR), dir);

        assertThat(charts).extracting(RenderedChart::name)
                .containsExactlyElementsOf(concat(PERIOD_CHARTS, YEAR_CHARTS));
        for (RenderedChart chart : charts) {
            assertThat(chart.png()).isEqualTo(dir.resolve(chart.name() + ".png"));
            assertThat(chart.svg()).isEqualTo(dir.resolve(chart.name() + ".svg"));
            BufferedImage image = ImageIO.read(chart.png().toFile());
            assertThat(image.getWidth()).isEqualTo(1600);
            assertThat(image.getHeight()).isEqualTo(900);
            Document svg = parse(chart.svg());
            assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(Double.parseDouble(svg.getDocumentElement().getAttribute("width"))).isEqualTo(1600.0);
            assertThat(Double.parseDouble(svg.getDocumentElement().getAttribute("height"))).isEqualTo(900.0);
        }
    }

    @Test
    void titlesAreVietnameseAndNameThePeriod() {
        List<RenderedChart> charts = renderer.render(figures(2024, Period.H1), output.resolve("h1"));

        assertThat(charts).first().extracting(RenderedChart::title)
                .isEqualTo("Tình trạng thực hiện nhiệm vụ 6 tháng đầu năm 2024");
        assertThat(charts).extracting(RenderedChart::name).allMatch(name -> name.matches("[a-z0-9-]+"));
    }

    @Test
    void leavesOutTheComparisonWhenNoEarlierYearHasData() {
        List<RenderedChart> charts = renderer.render(figures(2023, Period.YEAR), output.resolve("2023"));

        assertThat(charts).extracting(RenderedChart::name).containsExactlyElementsOf(PERIOD_CHARTS);
        assertThat(output.resolve("2023").resolve("so-sanh-cac-nam.png")).doesNotExist();
    }

    @Test
    void sameDataGiveTheSameFiles() throws IOException {
        List<RenderedChart> first = renderer.render(figures(2024, Period.YEAR), output.resolve("a"));
        List<RenderedChart> second = renderer.render(figures(2024, Period.YEAR), output.resolve("b"));

        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readString(second.get(i).svg())).isEqualTo(Files.readString(first.get(i).svg()));
            assertThat(Files.readAllBytes(second.get(i).png())).isEqualTo(Files.readAllBytes(first.get(i).png()));
        }
    }

    private PeriodFigures figures(int year, Period period) {
        return query.load(year, period);
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (var in = Files.newInputStream(svg)) {
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
