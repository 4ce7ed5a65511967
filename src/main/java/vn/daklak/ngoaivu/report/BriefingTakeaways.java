package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.report.DocxNumbers.money;
import static vn.daklak.ngoaivu.report.DocxNumbers.percent;
import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.normalize.Countries;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/**
 * The one-line takeaway under each briefing chart, computed from the same {@link PeriodFigures} the chart draws
 * ("Hàn Quốc chiếm 40% hoạt động ở nước ngoài"). Charts are known by their file name (the chart package's slug).
 */
final class BriefingTakeaways {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final PeriodFigures figures;
    private final BriefingKeyFigures keyFigures;

    BriefingTakeaways(PeriodFigures figures, BriefingKeyFigures keyFigures) {
        this.figures = figures;
        this.keyFigures = keyFigures;
    }

    /** The takeaway of the chart drawn into {@code slug}.png; empty for a chart this class does not know. */
    Optional<String> of(String slug) {
        return Optional.ofNullable(switch (slug) {
            case "trang-thai-nhiem-vu" -> taskStatus();
            case "trang-thai-nhiem-vu-theo-co-quan" -> top(figures.tasksByAgency()).map(e -> agencyLabel(e.getKey())
                    + " báo cáo nhiều lượt nhiệm vụ nhất (" + whole(e.getValue()) + " lượt).").orElse(null);
            case "su-kien-theo-quoc-gia" -> abroad();
            case "su-kien-theo-doi-tac" -> partners();
            case "su-kien-theo-thang" -> top(figures.eventsByMonth()).filter(e -> e.getValue() > 0)
                    .map(e -> "Tháng " + MONTH.format(e.getKey()) + " có nhiều hoạt động nhất (" + whole(e.getValue())
                            + " hoạt động).").orElse("Trong kỳ chưa có hoạt động nào được báo cáo.");
            case "kinh-phi-theo-nguon" -> spendingBySource();
            case "ty-le-giai-ngan-theo-co-quan" -> "Kinh phí đã thực hiện đạt " + percent(figures.spendingTotal()
                    .spent(), figures.spendingTotal().allocated()) + " kinh phí được duyệt.";
            case "tinh-trang-nop-bao-cao" -> "%s/%s cơ quan, đơn vị thuộc diện báo cáo gửi đúng hạn; %s chưa có báo cáo"
                    .formatted(whole(figures.onTimeCount()), whole(figures.expectedCodes().size()),
                            whole(figures.missingCodes().size())) + " hợp lệ.";
            case "so-sanh-cac-nam" -> years("Hoạt động", figures.events().size(), YearComparison.Row::events);
            case "kinh-phi-cac-nam" -> years("Kinh phí đã thực hiện", figures.spendingTotal().spent(),
                    YearComparison.Row::spent);
            case "nhiem-vu-hoan-thanh-cac-nam" -> years("Lượt nhiệm vụ hoàn thành",
                    figures.tasksByStatus().get(TaskStatus.DONE), YearComparison.Row::tasksDone);
            default -> null;
        });
    }

    private String taskStatus() {
        long done = figures.tasksByStatus().get(TaskStatus.DONE);
        long total = figures.tasks().size();
        return total == 0 ? "Chưa có lượt nhiệm vụ nào được báo cáo."
                : "%s/%s lượt nhiệm vụ được báo cáo đã hoàn thành (%s).".formatted(whole(done), whole(total),
                        percent(done, total));
    }

    private String abroad() {
        long abroad = figures.abroadEvents();
        if (abroad == 0) {
            return "Cả %s hoạt động đều diễn ra trong nước.".formatted(whole(figures.events().size()));
        }
        return top(figures.eventsByCountry().entrySet().stream().filter(e -> !"VN".equals(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, TreeMap::new)))
                .map(e -> "%s chiếm %s hoạt động ở nước ngoài (%s/%s).".formatted(Countries.vietnameseName(e.getKey()),
                        percent(e.getValue(), abroad), whole(e.getValue()), whole(abroad))).orElseThrow();
    }

    private String partners() {
        Map<String, Long> byPartner = figures.eventsByPartner();
        long total = byPartner.values().stream().mapToLong(Long::longValue).sum();
        return top(byPartner).map(e -> "Nhiều hoạt động nhất với %s (%s/%s hoạt động với đối tác)."
                .formatted(figures.partnerNames().get(e.getKey()), whole(e.getValue()), whole(total)))
                .orElse("Trong kỳ chưa có hoạt động với địa phương đối tác.");
    }

    private String spendingBySource() {
        long spent = figures.spendingTotal().spent();
        if (spent == 0) {
            return "Trong kỳ chưa có kinh phí được báo cáo đã thực hiện.";
        }
        Map.Entry<FundingSource, MoneyTotals> top = figures.spendingBySource().entrySet().stream()
                .max(Map.Entry.comparingByValue(Comparator.comparingLong(MoneyTotals::spent))).orElseThrow();
        return "%s chiếm %s kinh phí đã thực hiện (%s).".formatted(top.getKey().label(),
                percent(top.getValue().spent(), spent), money(top.getValue().spent()));
    }

    private String years(String what, long current, ToLongFunction<YearComparison.Row> figure) {
        Long before = keyFigures.previous(figure);
        return before == null ? "%s năm %d: %s.".formatted(what, figures.year(), whole(current))
                : "%s: %s năm %d, %s năm %d (%s).".formatted(what, whole(before), keyFigures.previousYear(),
                        whole(current), figures.year(), BriefingKeyFigures.change(current, before));
    }

    private String agencyLabel(String code) {
        return figures.agencies().stream().filter(a -> a.code().equals(code)).map(AgencyFigure::label).findFirst()
                .orElse(code);
    }

    /** The largest entry; ties go to the first key in the map's order (codes sort the countries, partners). */
    private static <K> Optional<Map.Entry<K, Long>> top(Map<K, Long> counts) {
        Map.Entry<K, Long> best = null;
        for (Map.Entry<K, Long> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > best.getValue()) {
                best = entry;
            }
        }
        return Optional.ofNullable(best);
    }
}
