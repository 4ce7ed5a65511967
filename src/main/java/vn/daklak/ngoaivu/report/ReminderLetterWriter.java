package vn.daklak.ngoaivu.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.support.VietnamTime;

/**
 * Writes {@code cong-van-don-doc-<year>-<period>.docx}: the reminder letter ("công văn đôn đốc") to every agency
 * that has no accepted report for the period (expected and missing, or whose every file was rejected), each listed
 * by its full name with its reason. It recalls the passed deadline and sets a new one ({@link #newDeadline}). Laid out
 * per Decree 30/2020/NĐ-CP like the report, the addressees as a left-aligned list.
 */
@Component
public class ReminderLetterWriter {

    private final ReportProperties properties;

    public ReminderLetterWriter(ReportProperties properties) {
        this.properties = properties;
    }

    public static String fileName(int year, Period period) {
        return "cong-van-don-doc-" + year + "-" + period.name() + ".docx";
    }

    /** The agencies the letter goes to, sorted by code: expected without an accepted report, or rejected. */
    public static List<AgencyFigure> addressees(PeriodFigures figures) {
        return figures.agencies().stream().filter(a -> a.missing() || a.rejected()).toList();
    }

    /** Writes the letter dated today (Vietnam time); empty when every agency has reported. */
    public Optional<Path> write(PeriodFigures figures, Path folder) {
        return write(figures, folder, LocalDate.now(VietnamTime.ZONE));
    }

    public Optional<Path> write(PeriodFigures figures, Path folder, LocalDate date) {
        List<AgencyFigure> agencies = addressees(figures);
        if (agencies.isEmpty()) {
            return Optional.empty();
        }
        Path file = folder.resolve(fileName(figures.year(), figures.period()));
        build(figures, agencies, date).writeTo(file);
        return Optional.of(file);
    }

    private Decree30Document build(PeriodFigures figures, List<AgencyFigure> agencies, LocalDate date) {
        String periodName = figures.period().label(figures.year());
        LocalDate newDeadline = newDeadline(date);
        Decree30Document document = new Decree30Document()
                .heading(Decree30Heading.letter(properties, date,
                        "đôn đốc gửi báo cáo kết quả thực hiện " + new ReportDocxFacts(figures).planAndPeriod()))
                .addressees(agencies.stream().map(AgencyFigure::name).toList())
                .paragraph(("Thực hiện Kế hoạch Ngoại giao văn hóa năm %d của Ủy ban nhân dân tỉnh, các cơ quan, đơn vị"
                        + " gửi báo cáo kết quả thực hiện %s (%s) theo mẫu quy định, hạn chót ngày %s.")
                        .formatted(figures.year(), periodName, figures.windowText().toLowerCase(),
                                Decree30Dates.shortDate(figures.deadline())))
                .paragraph("Đến %s, các cơ quan, đơn vị sau chưa có báo cáo hợp lệ:"
                        .formatted(Decree30Dates.longDate(date)));
        for (int i = 0; i < agencies.size(); i++) {
            document.paragraph(agencyLine(i + 1, agencies.get(i)));
        }
        return document
                .paragraph(("%s đề nghị các cơ quan, đơn vị nêu trên khẩn trương hoàn thành, gửi (hoặc sửa lỗi theo"
                        + " tệp kết quả kiểm tra và gửi lại) báo cáo theo đúng mẫu quy định trước ngày %s để tổng hợp,"
                        + " báo cáo Ủy ban nhân dân tỉnh./.")
                        .formatted(properties.issuerName(), Decree30Dates.shortDate(newDeadline)))
                .closing(Decree30Closing.of(properties).withRecipients(recipients()));
    }

    /** The deadline the letter sets: {@code ngvh.report.reminder-working-days} working days after its date. */
    LocalDate newDeadline(LocalDate letterDate) {
        return WorkingDays.after(letterDate, properties.reminderWorkingDays());
    }

    /** "1. Sở Tài chính: Đã gửi 2 tệp, tất cả bị từ chối. Lỗi đầu tiên: …": the full name, never the internal code. */
    static String agencyLine(int number, AgencyFigure agency) {
        return "%d. %s: %s".formatted(number, agency.name(), ReportDocxOutlook.sentence(agency.missingReason()));
    }

    /** "Như trên" for the addressees, then the archive line of the configured recipients. */
    private List<String> recipients() {
        List<String> lines = new ArrayList<>(List.of("Như trên"));
        properties.recipients().stream().filter(r -> r.startsWith("Lưu")).forEach(lines::add);
        return lines;
    }
}
