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
 * the workbook). Issuer, signer and recipients come from {@link ReportProperties}.
 */
@Component
public class ReportDocxWriter {

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
        String periodName = figures.period().label(figures.year());
        Decree30Document document = new Decree30Document()
                .heading(Decree30Heading.report(properties, date))
                .title("Báo cáo", "Kết quả thực hiện Kế hoạch Ngoại giao văn hóa " + periodName)
                .paragraph(introduction(figures, periodName, properties.issuerName()));
        new ReportDocxResults(facts).write(document);
        new ReportDocxAssessment(facts).write(document);
        new ReportDocxOutlook(facts).write(document);
        if (!charts.isEmpty()) {
            document.section("BIỂU ĐỒ MINH HỌA");
            for (int i = 0; i < charts.size(); i++) {
                document.chart(charts.get(i).png(), "Biểu đồ " + (i + 1) + ". " + charts.get(i).title());
            }
        }
        return document.closing(Decree30Closing.of(properties));
    }

    private static String introduction(PeriodFigures figures, String periodName, String issuerName) {
        return ("Thực hiện Kế hoạch Ngoại giao văn hóa %s của Ủy ban nhân dân tỉnh, trên cơ sở báo cáo của các cơ quan,"
                + " đơn vị (%s), %s báo cáo kết quả thực hiện %s như sau:")
                .formatted(periodName, figures.windowText().toLowerCase(), issuerName, periodName);
    }
}
