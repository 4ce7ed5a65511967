package vn.daklak.ngoaivu.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.support.VietnamTime;

/**
 * Writes {@code bao-cao-<year>-<period>.docx}: the draft consolidated report of one period, laid out per Decree
 * 30/2020/NĐ-CP, with every number taken from the period's {@link PeriodFigures} (the same figures as summary.json and
 * the workbook). The body ends with the closing formula, then "Nơi nhận" and the signature block (issuer, signer and
 * recipients from {@link ReportProperties}); the charts follow on their own pages as "Phụ lục: Biểu đồ".
 */
@Component
public class ReportDocxWriter {

    static final String APPENDIX_TITLE = "PHỤ LỤC: BIỂU ĐỒ";

    private final ReportProperties properties;

    public ReportDocxWriter(ReportProperties properties) {
        this.properties = properties;
    }

    public static String fileName(int year, Period period) {
        return "bao-cao-" + year + "-" + period.name() + ".docx";
    }

    /** Writes the report dated today (Vietnam time) into the folder and returns the file. */
    public Path write(PeriodFigures figures, List<ChartImage> charts, Path folder) {
        return write(figures, charts, folder, LocalDate.now(VietnamTime.ZONE));
    }

    public Path write(PeriodFigures figures, List<ChartImage> charts, Path folder, LocalDate date) {
        Path file = folder.resolve(fileName(figures.year(), figures.period()));
        build(figures, charts, date).writeTo(file);
        return file;
    }

    Decree30Document build(PeriodFigures figures, List<ChartImage> charts, LocalDate date) {
        ReportDocxFacts facts = new ReportDocxFacts(figures);
        Decree30Document document = new Decree30Document()
                .heading(Decree30Heading.report(properties, date))
                .title("Báo cáo", "Kết quả thực hiện " + facts.planAndPeriod())
                .paragraph(introduction(figures, properties.issuerName()));
        new ReportDocxResults(facts).write(document);
        new ReportDocxAssessment(facts).write(document);
        new ReportDocxOutlook(facts).write(document);
        document.paragraph(closingFormula(facts, properties.issuerName()))
                .closing(Decree30Closing.of(properties));
        if (!charts.isEmpty()) {
            document.appendix(APPENDIX_TITLE);
            for (int i = 0; i < charts.size(); i++) {
                document.chart(charts.get(i), "Biểu đồ " + (i + 1) + ". " + charts.get(i).title());
            }
        }
        return document;
    }

    /** "Thực hiện Kế hoạch … năm 2024 của Ủy ban nhân dân tỉnh, …, Sở Ngoại vụ báo cáo kết quả … như sau:". */
    private static String introduction(PeriodFigures figures, String issuerName) {
        String when = figures.period() == Period.H1 ? "trong " + Period.H1.label(figures.year())
                : "năm " + figures.year();
        return ("Thực hiện Kế hoạch Ngoại giao văn hóa năm %d của Ủy ban nhân dân tỉnh, trên cơ sở báo cáo của các cơ"
                + " quan, đơn vị (%s), %s báo cáo kết quả thực hiện Kế hoạch %s như sau:")
                .formatted(figures.year(), figures.windowText().toLowerCase(), issuerName, when);
    }

    /** "Trên đây là báo cáo kết quả thực hiện …, Sở Ngoại vụ kính báo cáo Ủy ban nhân dân tỉnh./." */
    static String closingFormula(ReportDocxFacts facts, String issuerName) {
        return "Trên đây là báo cáo kết quả thực hiện %s, %s kính báo cáo Ủy ban nhân dân tỉnh./."
                .formatted(facts.planAndPeriod(), issuerName);
    }
}
