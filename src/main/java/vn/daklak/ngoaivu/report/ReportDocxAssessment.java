package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;
import static vn.daklak.ngoaivu.report.DocxNumbers.money;
import static vn.daklak.ngoaivu.report.DocxNumbers.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/**
 * Section II of the report: strengths, then limits (overdue tasks, missing or late reports, low spending) and the
 * agencies' difficulties grouped by theme. Only what exists is said: no zero among the strengths, no absence among the
 * limits.
 */
final class ReportDocxAssessment {

    private final ReportDocxFacts facts;
    private final PeriodFigures figures;

    ReportDocxAssessment(ReportDocxFacts facts) {
        this.facts = facts;
        this.figures = facts.figures();
    }

    void write(Decree30Document document) {
        document.section("II. ĐÁNH GIÁ CHUNG");
        document.subsection("1. Ưu điểm");
        document.paragraph(strengthSentence());
        document.subsection("2. Hạn chế, nguyên nhân");
        List<String> limits = limits();
        if (limits.isEmpty()) {
            document.paragraph("Qua số liệu các cơ quan, đơn vị báo cáo, chưa ghi nhận hạn chế đáng kể.");
        }
        limits.forEach(document::paragraph);
        List<ReportDocxThemes.Theme> difficulties = ReportDocxThemes.of(figures.tasks(), TaskFigure::issues);
        if (!difficulties.isEmpty()) {
            document.paragraph("Khó khăn, vướng mắc các cơ quan, đơn vị nêu (%s nội dung):"
                    .formatted(whole(difficulties.size())));
            difficulties.forEach(theme -> document.paragraph(ReportDocxThemes.line(theme, facts)));
        }
    }

    /** Only what went well and is not zero; a period with nothing done says so instead of listing zeros. */
    String strengthSentence() {
        List<String> parts = new ArrayList<>();
        long done = figures.tasksByStatus().get(TaskStatus.DONE);
        if (done > 0) {
            parts.add("hoàn thành %s trên %s lượt nhiệm vụ được báo cáo (đạt %s)".formatted(whole(done),
                    whole(figures.tasks().size()), percent(done, figures.tasks().size())));
        }
        if (!figures.events().isEmpty()) {
            String abroad = figures.abroadEvents() == 0 ? ""
                    : ", trong đó %s hoạt động ở nước ngoài".formatted(whole(figures.abroadEvents()));
            parts.add("tổ chức, tham gia %s hoạt động%s".formatted(whole(figures.events().size()), abroad));
        }
        if (figures.onTimeCount() > 0) {
            parts.add("%s trên %s cơ quan, đơn vị thuộc diện báo cáo gửi báo cáo đúng hạn"
                    .formatted(whole(figures.onTimeCount()), whole(figures.expectedCodes().size())));
        }
        return parts.isEmpty() ? "Trong kỳ chưa có kết quả được các cơ quan, đơn vị báo cáo."
                : "Các cơ quan, đơn vị đã " + String.join("; ", parts) + ".";
    }

    /** The limits that exist: overdue tasks, missing or late reports, low spending. Nothing is said of an absence. */
    List<String> limits() {
        List<String> limits = new ArrayList<>();
        String overdue = overdueSentence();
        if (overdue != null) {
            limits.add(overdue);
        }
        String missing = missingSentence();
        if (missing != null) {
            limits.add(missing);
        }
        String low = lowExecutionSentence();
        if (low != null) {
            limits.add(low);
        }
        return limits;
    }

    String overdueSentence() {
        List<PlanTaskFigure> overdue = facts.overdue();
        if (overdue.isEmpty()) {
            return null;
        }
        return "- Có %s nhiệm vụ đã hết thời hạn theo Kế hoạch nhưng cơ quan chủ trì chưa báo cáo hoàn thành: %s."
                .formatted(whole(overdue.size()), overdue.stream()
                        .map(t -> t.code() + " (" + t.content() + "; hạn " + Decree30Dates.shortDate(t.end())
                                + "; chủ trì: " + facts.agencyName(t.leadAgency()) + ")")
                        .collect(Collectors.joining("; ")));
    }

    String missingSentence() {
        List<String> parts = new ArrayList<>();
        List<String> missing = figures.missingCodes();
        if (!missing.isEmpty()) {
            parts.add("còn %s cơ quan, đơn vị chưa có báo cáo hợp lệ (%s)".formatted(whole(missing.size()),
                    missing.stream().map(facts::agencyName).collect(Collectors.joining(", "))));
        }
        if (figures.lateCount() > 0) {
            parts.add("%s cơ quan, đơn vị gửi báo cáo sau hạn ngày %s".formatted(whole(figures.lateCount()),
                    Decree30Dates.shortDate(figures.deadline())));
        }
        if (parts.isEmpty()) {
            return null;
        }
        String text = String.join("; ", parts);
        return "- " + Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    String lowExecutionSentence() {
        MoneyTotals total = figures.spendingTotal();
        String overall = "- Kinh phí đã thực hiện đạt %s so với kinh phí được duyệt"
                .formatted(percent(total.spent(), total.allocated()));
        Map<String, MoneyTotals> low = facts.lowExecution();
        if (low.isEmpty()) {
            return null;
        }
        return overall + "; các nhiệm vụ giải ngân dưới %s%% kinh phí được duyệt: %s."
                .formatted(ReportDocxFacts.LOW_EXECUTION_PERCENT, low.entrySet().stream()
                        .map(e -> e.getKey() + " (đã thực hiện " + money(e.getValue().spent()) + " trên "
                                + money(e.getValue().allocated()) + ", đạt "
                                + percent(e.getValue().spent(), e.getValue().allocated()) + ")")
                        .collect(Collectors.joining("; ")));
    }

}
