package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;
import static vn.daklak.ngoaivu.report.DocxNumbers.money;
import static vn.daklak.ngoaivu.report.DocxNumbers.percent;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** Section II of the report: strengths, then limits (overdue tasks, missing reports, low spending, difficulties). */
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
        document.paragraph(overdueSentence());
        document.paragraph(missingSentence());
        document.paragraph(lowExecutionSentence());
        difficulties().forEach(document::paragraph);
    }

    String strengthSentence() {
        long done = figures.tasksByStatus().get(TaskStatus.DONE);
        return ("Các cơ quan, đơn vị đã hoàn thành %s trên %s lượt nhiệm vụ được báo cáo (đạt %s); tổ chức, tham gia %s"
                + " hoạt động, trong đó %s hoạt động ở nước ngoài; %s cơ quan, đơn vị gửi báo cáo đúng hạn.")
                .formatted(whole(done), whole(figures.tasks().size()), percent(done, figures.tasks().size()),
                        whole(figures.events().size()), whole(figures.abroadEvents()), whole(figures.onTimeCount()));
    }

    String overdueSentence() {
        List<PlanTaskFigure> overdue = facts.overdue();
        if (overdue.isEmpty()) {
            return "- Không có nhiệm vụ nào đã hết thời hạn theo Kế hoạch mà cơ quan chủ trì chưa báo cáo hoàn thành.";
        }
        return "- Có %s nhiệm vụ đã hết thời hạn theo Kế hoạch nhưng cơ quan chủ trì chưa báo cáo hoàn thành: %s."
                .formatted(whole(overdue.size()), overdue.stream()
                        .map(t -> t.code() + " (" + t.content() + "; hạn " + Decree30Dates.shortDate(t.end())
                                + "; chủ trì: " + facts.agencyName(t.leadAgency()) + ")")
                        .collect(Collectors.joining("; ")));
    }

    String missingSentence() {
        List<String> missing = figures.missingCodes();
        String late = "%s cơ quan, đơn vị gửi báo cáo sau hạn ngày %s."
                .formatted(whole(figures.lateCount()), Decree30Dates.shortDate(figures.deadline()));
        if (missing.isEmpty()) {
            return "- Tất cả cơ quan, đơn vị thuộc diện báo cáo đã gửi báo cáo hợp lệ; " + late;
        }
        return "- Còn %s cơ quan, đơn vị chưa có báo cáo hợp lệ: %s; %s".formatted(whole(missing.size()),
                missing.stream().map(facts::agencyName).collect(Collectors.joining(", ")), late);
    }

    String lowExecutionSentence() {
        MoneyTotals total = figures.spendingTotal();
        String overall = "- Kinh phí đã thực hiện đạt %s so với kinh phí được duyệt"
                .formatted(percent(total.spent(), total.allocated()));
        Map<String, MoneyTotals> low = facts.lowExecution();
        if (low.isEmpty()) {
            return overall + ".";
        }
        return overall + "; các nhiệm vụ giải ngân dưới %s%% kinh phí được duyệt: %s."
                .formatted(ReportDocxFacts.LOW_EXECUTION_PERCENT, low.entrySet().stream()
                        .map(e -> e.getKey() + " (đã thực hiện " + money(e.getValue().spent()) + " trên "
                                + money(e.getValue().allocated()) + ", đạt "
                                + percent(e.getValue().spent(), e.getValue().allocated()) + ")")
                        .collect(Collectors.joining("; ")));
    }

    /** The agencies' own "Khó khăn, vướng mắc", attributed: "- NV01, Sở Ngoại vụ: …". */
    List<String> difficulties() {
        return figures.tasks().stream()
                .filter(t -> t.issues() != null && !t.issues().isBlank())
                .map(t -> "- Khó khăn ở nhiệm vụ " + t.taskCode() + " (" + facts.agencyName(t.agencyCode()) + "): "
                        + ReportDocxOutlook.sentence(t.issues()))
                .toList();
    }
}
