package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.support.VietnameseNumbers.whole;
import static vn.daklak.ngoaivu.report.DocxNumbers.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.normalize.Countries;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** Section I of the report: submissions, tasks by group of the plan with notable activities, spending. */
final class ReportDocxResults {

    private static final Map<TaskStatus, String> TASK_STATUS_WORDS = Map.of(TaskStatus.DONE, "hoàn thành",
            TaskStatus.IN_PROGRESS, "đang thực hiện", TaskStatus.NOT_STARTED, "chưa thực hiện",
            TaskStatus.CANCELLED, "không thực hiện", TaskStatus.POSTPONED, "hoãn hoặc chuyển kỳ sau");
    private static final int NOTABLE_EVENTS_PER_GROUP = 3;
    /** Beyond this many agencies a sentence gives their count only; the workbook lists each agency. */
    static final int NAMED_AT_MOST = 5;

    private final ReportDocxFacts facts;
    private final PeriodFigures figures;

    ReportDocxResults(ReportDocxFacts facts) {
        this.facts = facts;
        this.figures = facts.figures();
    }

    void write(Decree30Document document) {
        document.section("I. KẾT QUẢ THỰC HIỆN");
        document.subsection("1. Tình hình báo cáo của các cơ quan, đơn vị");
        document.paragraph(submissionSentence());
        String basis = timelinessBasisSentence();
        if (basis != null) {
            document.paragraph(basis);
        }
        document.subsection("2. Kết quả thực hiện các nhiệm vụ của Kế hoạch");
        document.paragraph(taskSentence());
        int groupNumber = 0;
        for (Map.Entry<String, List<PlanTaskFigure>> group : facts.planTasksByGroup().entrySet()) {
            groupNumber++;
            writeGroup(document, "2." + groupNumber + ". " + group.getKey(), group.getValue());
        }
        document.subsection("3. Hoạt động ở nước ngoài và với các địa phương đối tác");
        new ReportDocxActivities(facts).write(document);
        document.subsection("4. Kinh phí thực hiện");
        document.paragraph(spendingSentence());
    }

    /**
     * The expected agencies split so that the parts add up (on time + late + rejected only + sent nothing =
     * expected), then the agencies that reported without being required to, apart.
     */
    String submissionSentence() {
        List<String> parts = new ArrayList<>();
        addCount(parts, figures.onTimeCount(), "gửi báo cáo hợp lệ đúng hạn");
        addCount(parts, figures.lateCount(), "gửi báo cáo hợp lệ sau hạn ngày "
                + Decree30Dates.shortDate(figures.deadline()));
        addCount(parts, figures.expectedRejectedCount(), "chỉ có tệp báo cáo bị từ chối");
        addCount(parts, figures.expectedMissingCount(), "chưa gửi báo cáo");
        String sentence = "Có %s cơ quan, đơn vị thuộc diện báo cáo%s".formatted(whole(figures.expectedCodes().size()),
                parts.isEmpty() ? "." : ": " + String.join("; ", parts) + ".");
        List<String> unrequested = figures.unrequestedCodes();
        if (!unrequested.isEmpty()) {
            sentence += " Ngoài ra, %s cơ quan, đơn vị không thuộc diện báo cáo cũng gửi báo cáo (%s); số liệu của"
                    .formatted(whole(unrequested.size()), names(unrequested))
                    + " các báo cáo này được tổng hợp chung.";
        }
        return sentence;
    }

    /** How timeliness was judged, naming the agencies whose file time and stated date disagree; null when none. */
    String timelinessBasisSentence() {
        if (figures.expectedAcceptedCount() == 0) {
            return null;
        }
        List<String> overruled = figures.statedDateOverrulesArrivalCodes();
        List<String> byArrival = figures.judgedByArrivalCodes();
        StringBuilder text = new StringBuilder("Việc gửi đúng hạn được xác định theo ngày lập ghi trong báo cáo"
                + " (mục \"Ngày lập\" của trang Thông tin chung)");
        if (!byArrival.isEmpty()) {
            text.append(("; %s không ghi ngày lập (hoặc ghi ngày sau thời điểm nhận tệp) nên được xác định theo thời"
                    + " điểm nhận tệp").formatted(few(byArrival)));
        }
        text.append('.');
        if (!overruled.isEmpty()) {
            text.append(" Tệp của %s được nhận sau hạn nhưng ngày lập trong hạn nên được tính theo ngày lập"
                    .formatted(few(overruled)))
                    .append(" (thời điểm nhận tệp có thể là thời điểm sao chép tệp).");
        }
        return text.toString();
    }

    /** "2 cơ quan, đơn vị (A, B)" up to {@link #NAMED_AT_MOST} names; the count alone beyond, to stay readable. */
    private String few(List<String> codes) {
        String count = whole(codes.size()) + " cơ quan, đơn vị";
        return codes.size() > NAMED_AT_MOST ? count : count + " (" + names(codes) + ")";
    }

    private String names(List<String> codes) {
        return codes.stream().map(facts::agencyName).collect(Collectors.joining(", "));
    }

    private static void addCount(List<String> parts, long count, String what) {
        if (count > 0) {
            parts.add(whole(count) + " cơ quan, đơn vị " + what);
        }
    }

    /** Only the statuses that occur: "0 không thực hiện" says nothing an officer would keep. */
    String taskSentence() {
        Map<TaskStatus, Long> byStatus = figures.tasksByStatus();
        String parts = java.util.stream.Stream.of(TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED,
                        TaskStatus.CANCELLED, TaskStatus.POSTPONED)
                .filter(status -> byStatus.getOrDefault(status, 0L) > 0)
                .map(status -> whole(byStatus.get(status)) + " " + TASK_STATUS_WORDS.get(status))
                .collect(Collectors.joining(", "));
        return "Các cơ quan, đơn vị đã báo cáo %s lượt thực hiện nhiệm vụ%s.".formatted(whole(figures.tasks().size()),
                parts.isEmpty() ? "" : ", trong đó: " + parts);
    }

    String spendingSentence() {
        MoneyTotals total = figures.spendingTotal();
        String bySource = figures.spendingBySource().entrySet().stream()
                .map(e -> e.getKey().label().toLowerCase() + " " + money(e.getValue().spent()))
                .collect(Collectors.joining(", "));
        return ("Tổng kinh phí dự toán %s, được duyệt %s, đã thực hiện %s (đạt %s so với kinh phí được duyệt);"
                + " trong đó %s.")
                .formatted(money(total.estimate()), money(total.allocated()), money(total.spent()),
                        DocxNumbers.percent(total.spent(), total.allocated()), bySource);
    }

    private void writeGroup(Decree30Document document, String heading, List<PlanTaskFigure> tasks) {
        document.subsection(heading);
        for (PlanTaskFigure task : tasks) {
            document.paragraph(taskLine(task));
        }
        Set<String> codes = tasks.stream().map(PlanTaskFigure::code).collect(Collectors.toSet());
        List<EventFigure> notable = facts.notableEvents(codes, NOTABLE_EVENTS_PER_GROUP);
        if (!notable.isEmpty()) {
            document.paragraph("Hoạt động tiêu biểu: ", notable.stream().map(this::eventDescription)
                    .collect(Collectors.joining("; ")) + ".");
        }
    }

    private String taskLine(PlanTaskFigure task) {
        List<TaskFigure> rows = facts.taskRows(task.code());
        String head = "- " + task.code() + ". " + task.content() + ": ";
        if (rows.isEmpty()) {
            return head + "chưa có cơ quan, đơn vị nào báo cáo.";
        }
        long events = figures.eventsByTask().getOrDefault(task.code(), 0L);
        return head + "%s lượt báo cáo (%s); %s hoạt động; kinh phí đã thực hiện %s."
                .formatted(whole(rows.size()), ReportDocxFacts.statusSummary(rows), whole(events),
                        money(facts.spent(task.code())));
    }

    /** "Tuần văn hóa … (Sở Ngoại vụ, 10/06/2024, tại Pakse, Lào; 100 người tham gia, 20 khách quốc tế)". */
    String eventDescription(EventFigure event) {
        StringBuilder text = new StringBuilder(event.name()).append(" (").append(facts.agencyName(event.agencyCode()))
                .append(", ").append(ReportDocxActivities.date(event));
        if (event.location() != null && !event.location().isBlank()) {
            text.append(", tại ").append(event.location());
        }
        if (event.abroad()) {
            text.append(", ").append(countryName(event.country()));
        }
        return text.append("; ").append(whole(event.participantCount())).append(" người tham gia, ")
                .append(whole(event.foreignGuestCount())).append(" khách quốc tế)").toString();
    }

    /** The Vietnamese country name the whole product uses: "Lào", "Hàn Quốc"; the code itself when unknown. */
    static String countryName(String iso) {
        return Countries.vietnameseName(iso);
    }
}
