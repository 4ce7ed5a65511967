package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.report.BriefingSlides.BODY_TOP;
import static vn.daklak.ngoaivu.report.BriefingSlides.CONTENT_WIDTH;
import static vn.daklak.ngoaivu.report.BriefingSlides.HEIGHT;
import static vn.daklak.ngoaivu.report.BriefingSlides.MARGIN;
import static vn.daklak.ngoaivu.report.BriefingSlides.TEXT;
import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.support.VietnamTime;

/**
 * Writes {@code trinh-chieu-<year>-<period>.pptx}, the leaders' briefing deck of one period (16:9): a title slide, the
 * key figures against the same period of the year before, one slide per chart with a takeaway computed from the
 * figures, the agencies still without a valid report, and the outlook. Every number is the Word report's (the same
 * {@link PeriodFigures} methods).
 */
@Component
public class BriefingDeckWriter {

    /** Agencies per "still missing" slide: at 18 pt, nine rows and the header fill the slide without overflowing. */
    static final int MISSING_PER_SLIDE = 9;
    private static final double LIST_SIZE = 18;
    private static final double TAKEAWAY_SIZE = 20;

    private final ReportProperties properties;

    public BriefingDeckWriter(ReportProperties properties) {
        this.properties = properties;
    }

    public static String fileName(int year, Period period) {
        return "trinh-chieu-" + year + "-" + period.name() + ".pptx";
    }

    /** Writes the deck dated today (Vietnam time) into the folder and returns the file. */
    public Path write(PeriodFigures figures, List<ChartImage> charts, Path folder) {
        return write(figures, charts, folder, LocalDate.now(VietnamTime.ZONE));
    }

    public Path write(PeriodFigures figures, List<ChartImage> charts, Path folder, LocalDate date) {
        Path file = folder.resolve(fileName(figures.year(), figures.period()));
        try (XMLSlideShow show = build(figures, charts, date); OutputStream out = Files.newOutputStream(file)) {
            show.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được tệp trình chiếu " + file, e);
        }
        return file;
    }

    XMLSlideShow build(PeriodFigures figures, List<ChartImage> charts, LocalDate date) {
        ReportDocxFacts facts = new ReportDocxFacts(figures);
        BriefingSlides slides = new BriefingSlides();
        BriefingKeyFigures keyFigures = new BriefingKeyFigures(figures);
        titleSlide(slides, facts, date);
        keyFigureSlide(slides, keyFigures);
        BriefingTakeaways takeaways = new BriefingTakeaways(figures, keyFigures);
        for (ChartImage chart : charts) {
            String slug = chart.png().getFileName().toString().replaceFirst("\\.png$", "");
            chartSlide(slides, chart, takeaways.of(slug).orElse(figures.windowText() + "."));
        }
        missingSlides(slides, figures);
        outlookSlide(slides, facts);
        return slides.show();
    }

    private void titleSlide(BriefingSlides slides, ReportDocxFacts facts, LocalDate date) {
        XSLFSlide slide = slides.show().createSlide();
        slides.text(slide, properties.issuer().toUpperCase(), MARGIN, 56, CONTENT_WIDTH, 40, 18, true, TEXT,
                TextAlign.CENTER);
        slides.text(slide, ("Kết quả thực hiện " + facts.planAndPeriod()).toUpperCase(), MARGIN + 40, 170,
                CONTENT_WIDTH - 80, 130, 32, true, BriefingSlides.ACCENT, TextAlign.CENTER);
        slides.text(slide, facts.figures().windowText(), MARGIN, 316, CONTENT_WIDTH, 40, 18, false, TEXT,
                TextAlign.CENTER);
        slides.text(slide, Decree30Dates.placeAndDate(properties.province(), date), MARGIN, 436, CONTENT_WIDTH, 40,
                16, false, TEXT, TextAlign.CENTER);
    }

    private static void keyFigureSlide(BriefingSlides slides, BriefingKeyFigures keyFigures) {
        XSLFSlide slide = slides.slide("Số liệu chính");
        List<List<String>> rows = new ArrayList<>();
        rows.add(keyFigures.header());
        keyFigures.lines().forEach(line -> rows.add(line.cells()));
        slides.table(slide, rows, new double[] {330, 190, 190, 170}, BODY_TOP + 10, 18);
    }

    private static void chartSlide(BriefingSlides slides, ChartImage chart, String takeaway) {
        XSLFSlide slide = slides.slide(chart.title());
        double size = BriefingSlides.lines(takeaway, CONTENT_WIDTH, TAKEAWAY_SIZE) == 1 ? TAKEAWAY_SIZE : 15;
        slides.text(slide, takeaway, MARGIN, 84, CONTENT_WIDTH, 44, size, true, TEXT, TextAlign.LEFT);
        slides.picture(slide, chart, MARGIN, 132, CONTENT_WIDTH, HEIGHT - 132 - 12);
    }

    private static void missingSlides(BriefingSlides slides, PeriodFigures figures) {
        List<AgencyFigure> missing = figures.agencies().stream().filter(AgencyFigure::missing).toList();
        String title = "Cơ quan, đơn vị chưa có báo cáo hợp lệ (" + whole(missing.size()) + ")";
        if (missing.isEmpty()) {
            slides.text(slides.slide(title), "Tất cả cơ quan, đơn vị thuộc diện báo cáo đã gửi báo cáo hợp lệ.", MARGIN,
                    BODY_TOP, CONTENT_WIDTH, 40, TAKEAWAY_SIZE, false, TEXT, TextAlign.LEFT);
            return;
        }
        for (int from = 0; from < missing.size(); from += MISSING_PER_SLIDE) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("Cơ quan, đơn vị", "Tình trạng"));
            missing.subList(from, Math.min(missing.size(), from + MISSING_PER_SLIDE))
                    .forEach(a -> rows.add(List.of(a.name(), a.state().label())));
            slides.table(slides.slide(title), rows, new double[] {600, 280}, BODY_TOP, LIST_SIZE);
        }
    }

    /** The outlook sentence of the report, then as many carried-over tasks as fit, then how many more there are. */
    private static void outlookSlide(BriefingSlides slides, ReportDocxFacts facts) {
        XSLFSlide slide = slides.slide("Phương hướng kỳ tới");
        List<PlanTaskFigure> open = facts.unfinished();
        List<String> lines = new ArrayList<>();
        lines.add(new ReportDocxOutlook(facts).outlookSentence(open));
        double room = HEIGHT - BODY_TOP - 30 - BriefingSlides.INSETS;
        double used = height(lines.get(0));
        int shown = 0;
        for (PlanTaskFigure task : open) {
            String line = "• " + task.code() + ". " + task.content() + " (chủ trì: " + facts.agencyName(task.leadAgency())
                    + ")";
            boolean last = shown == open.size() - 1;
            String more = "… và " + whole(open.size() - shown) + " nhiệm vụ khác (chi tiết trong báo cáo).";
            if (used + height(line) + (last ? 0 : height(more)) > room) {
                lines.add(more);
                break;
            }
            lines.add(line);
            used += height(line);
            shown++;
        }
        slides.paragraphs(slide, lines, MARGIN, BODY_TOP, CONTENT_WIDTH, room + BriefingSlides.INSETS, LIST_SIZE,
                false, TEXT, TextAlign.LEFT);
    }

    private static double height(String line) {
        return BriefingSlides.height(BriefingSlides.lines(line, CONTENT_WIDTH, LIST_SIZE), 1, LIST_SIZE);
    }
}
