package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;

import java.util.List;

/**
 * Sections III and IV of the report: the tasks carried over to the next period, each named with its state, then the
 * agencies' proposals grouped by theme.
 */
final class ReportDocxOutlook {

    private final ReportDocxFacts facts;
    private final PeriodFigures figures;

    ReportDocxOutlook(ReportDocxFacts facts) {
        this.facts = facts;
        this.figures = facts.figures();
    }

    void write(Decree30Document document) {
        document.section("III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI");
        List<PlanTaskFigure> open = facts.unfinished();
        document.paragraph(outlookSentence(open));
        open.forEach(task -> document.paragraph(openTaskLine(task)));
        if (!figures.missingCodes().isEmpty()) {
            document.paragraph("Đôn đốc các cơ quan, đơn vị chưa có báo cáo hợp lệ hoàn thành và gửi báo cáo theo"
                    + " đúng mẫu quy định.");
        }
        document.section("IV. ĐỀ XUẤT, KIẾN NGHỊ");
        List<ReportDocxThemes.Theme> proposals = ReportDocxThemes.of(figures.tasks(), TaskFigure::proposals);
        if (proposals.isEmpty()) {
            document.paragraph("Trong kỳ, các cơ quan, đơn vị không có đề xuất, kiến nghị.");
            return;
        }
        document.paragraph("Các cơ quan, đơn vị đề xuất, kiến nghị (%s nội dung):".formatted(whole(proposals.size())));
        proposals.forEach(theme -> document.paragraph(ReportDocxThemes.line(theme, facts)));
    }

    /** Says every task is done only when the plan has tasks and none carries over. */
    String outlookSentence(List<PlanTaskFigure> open) {
        if (figures.planTasks().isEmpty()) {
            return "Chưa có danh mục nhiệm vụ của Kế hoạch năm %d để xác định các nhiệm vụ chuyển kỳ sau."
                    .formatted(figures.year());
        }
        if (open.isEmpty()) {
            return "Các nhiệm vụ của Kế hoạch đã được báo cáo hoàn thành; tiếp tục duy trì và nâng cao chất lượng các"
                    + " hoạt động ngoại giao văn hóa.";
        }
        return ("Chuyển sang %s tiếp tục thực hiện %s nhiệm vụ của Kế hoạch chưa hoàn thành (kể cả phần việc đang"
                + " thực hiện, chưa thực hiện hoặc hoãn):").formatted(facts.nextPeriod(), whole(open.size()));
    }

    String openTaskLine(PlanTaskFigure task) {
        List<TaskFigure> rows = facts.taskRows(task.code());
        TaskProgress progress = figures.progress(task);
        String state = (progress == TaskProgress.DONE ? "cơ quan chủ trì đã hoàn thành phần việc của mình"
                : progress.label().toLowerCase())
                + (rows.isEmpty() ? "" : "; các cơ quan đã báo cáo: " + ReportDocxFacts.statusSummary(rows));
        return "- %s. %s (chủ trì: %s; tình trạng: %s).".formatted(task.code(), task.content(),
                facts.agencyName(task.leadAgency()), state);
    }

    /** The agency's text trimmed, ending with a full stop. */
    static String sentence(String text) {
        String trimmed = text.strip().replaceAll("\\s+", " ");
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }
}
