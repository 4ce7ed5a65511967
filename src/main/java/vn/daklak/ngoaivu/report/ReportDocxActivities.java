package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Section I.3 of the report: all activities in one sentence, then the activities with each partner province. */
final class ReportDocxActivities {

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private final ReportDocxFacts facts;
    private final PeriodFigures figures;

    ReportDocxActivities(ReportDocxFacts facts) {
        this.facts = facts;
        this.figures = facts.figures();
    }

    void write(Decree30Document document) {
        document.paragraph(totalSentence());
        for (Map.Entry<String, Long> partner : figures.eventsByPartner().entrySet()) {
            document.paragraph(partnerLine(partner.getKey()));
        }
        if (figures.eventsByPartner().isEmpty()) {
            document.paragraph("Trong kỳ chưa có hoạt động nào với các địa phương đối tác được báo cáo.");
        }
    }

    String totalSentence() {
        return ("Các cơ quan, đơn vị đã tổ chức, tham gia %s hoạt động với %s lượt người tham gia và %s lượt khách quốc"
                + " tế; trong đó %s hoạt động ở nước ngoài.")
                .formatted(whole(figures.events().size()), whole(figures.participants()),
                        whole(figures.foreignGuests()), whole(figures.abroadEvents()));
    }

    /** "- Với tỉnh Champasak (Lào): 1 hoạt động, gồm: Tuần văn hóa … (Sở Ngoại vụ, 10/06/2024)." */
    String partnerLine(String partnerCode) {
        List<EventFigure> events = figures.events().stream()
                .filter(e -> partnerCode.equals(e.partnerCode())).toList();
        String name = events.stream().map(EventFigure::partnerName).filter(n -> n != null && !n.isBlank())
                .findFirst().orElse(partnerCode);
        String list = events.stream()
                .map(e -> e.name() + " (" + facts.agencyName(e.agencyCode()) + ", " + date(e) + ")")
                .collect(Collectors.joining("; "));
        return "- Với %s: %s hoạt động, gồm: %s.".formatted(name, whole(events.size()), list);
    }

    /** The start date as precise as the agency gave it: "10/06/2024", "tháng 06/2024" or "quý II/2024". */
    static String date(EventFigure event) {
        String precision = event.startPrecision() == null ? "DAY" : event.startPrecision();
        return switch (precision) {
            case "MONTH" -> "tháng %02d/%d".formatted(event.startDate().getMonthValue(), event.startDate().getYear());
            case "QUARTER" -> "quý %s/%d".formatted(QUARTERS[(event.startDate().getMonthValue() - 1) / 3],
                    event.startDate().getYear());
            default -> Decree30Dates.shortDate(event.startDate());
        };
    }
}
