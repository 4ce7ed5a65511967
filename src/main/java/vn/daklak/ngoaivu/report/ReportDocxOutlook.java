package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Sections III and IV of the report: the open tasks for the next period, then the agencies' proposals. */
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
        document.paragraph(open.isEmpty()
                ? "Các nhiệm vụ của Kế hoạch đã được báo cáo hoàn thành; tiếp tục duy trì và nâng cao chất lượng các"
                        + " hoạt động ngoại giao văn hóa."
                : "Tiếp tục triển khai %s nhiệm vụ chưa hoàn thành của Kế hoạch:".formatted(whole(open.size())));
        open.forEach(task -> document.paragraph(openTaskLine(task)));
        if (!figures.missingCodes().isEmpty()) {
            document.paragraph("Đôn đốc các cơ quan, đơn vị chưa có báo cáo hợp lệ hoàn thành và gửi báo cáo theo"
                    + " đúng mẫu quy định.");
        }
        document.section("IV. ĐỀ XUẤT, KIẾN NGHỊ");
        List<String> proposals = proposalLines();
        if (proposals.isEmpty()) {
            document.paragraph("Trong kỳ, các cơ quan, đơn vị không có đề xuất, kiến nghị.");
        }
        proposals.forEach(document::paragraph);
    }

    String openTaskLine(PlanTaskFigure task) {
        List<TaskFigure> rows = facts.taskRows(task.code());
        String state = figures.progress(task).label().toLowerCase()
                + (rows.isEmpty() ? "" : "; các cơ quan đã báo cáo: " + ReportDocxFacts.statusSummary(rows));
        return "- %s. %s (chủ trì: %s; tình trạng: %s).".formatted(task.code(), task.content(),
                facts.agencyName(task.leadAgency()), state);
    }

    /** Proposals grouped by task, each attributed: "- Nhiệm vụ NV01: Sở Ngoại vụ đề xuất …; Sở Tài chính đề xuất …". */
    List<String> proposalLines() {
        Map<String, List<TaskFigure>> byTask = new LinkedHashMap<>();
        figures.tasks().stream()
                .filter(t -> t.proposals() != null && !t.proposals().isBlank())
                .forEach(t -> byTask.computeIfAbsent(t.taskCode(), k -> new ArrayList<>()).add(t));
        return byTask.entrySet().stream()
                .map(e -> "- Nhiệm vụ " + e.getKey() + ": " + e.getValue().stream()
                        .map(t -> facts.agencyName(t.agencyCode()) + " đề xuất: " + sentence(t.proposals()))
                        .collect(Collectors.joining(" ")))
                .toList();
    }

    /** The agency's text trimmed, ending with a full stop. */
    static String sentence(String text) {
        String trimmed = text.strip().replaceAll("\\s+", " ");
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }
}
