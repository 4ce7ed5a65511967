package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Section I.3 of the report: all activities in one sentence, then a short summary of the work with partner localities
 * and a table of them, each partner under the one Vietnamese name the charts also use ({@link
 * PeriodFigures#partnerNames()}).
 */
final class ReportDocxActivities {

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};
    /** TT, partner, count, agencies: the widths of the partner table, in twips, filling the text width. */
    private static final int[] PARTNER_COLUMNS = {600, 3200, 1300, Decree30Style.TEXT_WIDTH - 5100};

    private final ReportDocxFacts facts;
    private final PeriodFigures figures;

    ReportDocxActivities(ReportDocxFacts facts) {
        this.facts = facts;
        this.figures = facts.figures();
    }

    void write(Decree30Document document) {
        document.paragraph(totalSentence());
        if (figures.eventsByPartner().isEmpty()) {
            document.paragraph("Trong kỳ chưa có hoạt động nào với các địa phương đối tác được báo cáo.");
            return;
        }
        document.paragraph(partnerSummary());
        document.table(List.of("TT", "Địa phương đối tác", "Số hoạt động", "Cơ quan, đơn vị thực hiện"),
                partnerRows(), PARTNER_COLUMNS);
    }

    String totalSentence() {
        return ("Các cơ quan, đơn vị đã tổ chức, tham gia %s hoạt động với %s lượt người tham gia và %s lượt khách quốc"
                + " tế; trong đó %s hoạt động ở nước ngoài.")
                .formatted(whole(figures.events().size()), whole(figures.participants()),
                        whole(figures.foreignGuests()), whole(figures.abroadEvents()));
    }

    /** "Có 7 hoạt động với 3 địa phương đối tác, nhiều nhất với tỉnh Champasak (Lào) (4 hoạt động); …". */
    String partnerSummary() {
        Map<String, Long> byPartner = figures.eventsByPartner();
        long total = byPartner.values().stream().mapToLong(Long::longValue).sum();
        long most = byPartner.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<String> leaders = byPartner.entrySet().stream().filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey).toList();
        String leader = leaders.size() == 1 && byPartner.size() > 1
                ? ", nhiều nhất với %s (%s hoạt động)".formatted(figures.partnerNames().get(leaders.get(0)),
                        whole(most)) : "";
        return "Có %s hoạt động với %s địa phương đối tác%s; chi tiết như bảng sau:"
                .formatted(whole(total), whole(byPartner.size()), leader);
    }

    /** One row per partner, most activities first: its one Vietnamese name, the count, the agencies. */
    List<List<String>> partnerRows() {
        Map<String, String> names = figures.partnerNames();
        List<Map.Entry<String, Long>> partners = figures.eventsByPartner().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> partner : partners) {
            String agencies = figures.partnerAgencies(partner.getKey()).stream().map(facts::agencyName)
                    .collect(Collectors.joining(", "));
            // a table cell starts a line: "Tỉnh Attapeu (Lào)" for the master data's "tỉnh Attapeu (Lào)"
            String name = names.get(partner.getKey());
            String cellName = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            rows.add(List.of(Integer.toString(rows.size() + 1), cellName, whole(partner.getValue()), agencies));
        }
        return rows;
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
