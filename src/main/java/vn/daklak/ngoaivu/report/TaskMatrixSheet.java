package vn.daklak.ngoaivu.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sheet "Nhiệm vụ": plan tasks × reporting agencies, each cell the status the agency reported, plus the task's
 * overall state ({@link PeriodFigures#progress}). Printed landscape across as many pages as the agencies need, each
 * page repeating the header row and the task's code and content.
 */
final class TaskMatrixSheet {

    static final String NAME = "Nhiệm vụ";
    static final int FIRST_AGENCY_COLUMN = 8;
    /** Code and content of the task: repeated on every printed page, beside each slice of agencies. */
    static final int PRINTED_ON_EVERY_PAGE = 2;
    private static final int CONTENT = 40;
    /** Group names are long: any narrower and they, not the content, would make every row tall. */
    private static final int GROUP = 30;
    private static final int NARROW = 15;

    private TaskMatrixSheet() {
    }

    static void write(WorkbookSheets sheets, PeriodFigures f) {
        List<String> agencies = f.tasks().stream().map(TaskFigure::agencyCode).distinct().sorted().toList();
        List<String> headers = new ArrayList<>(List.of("Mã nhiệm vụ", "Nội dung nhiệm vụ", "Nhóm",
                "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kinh phí kế hoạch (đồng)", "Tình trạng chung"));
        headers.addAll(agencies);
        TableSheet table = sheets.table(NAME, "Tình hình thực hiện nhiệm vụ theo cơ quan",
                headers.toArray(String[]::new));
        narrowForPrint(table, headers.size());
        for (PlanTaskFigure task : f.planTasks()) {
            List<Object> cells = new ArrayList<>(List.of(task.code(), task.content(),
                    nullToEmpty(task.groupName()), nullToEmpty(task.leadAgency()),
                    String.join(", ", task.coordinatingAgencies())));
            cells.add(task.end());
            cells.add(task.plannedBudget());
            cells.add(f.progress(task).label());
            for (String agency : agencies) {
                cells.add(statusOf(f, task.code(), agency));
            }
            table.row(cells.toArray());
        }
        table.finishAcrossPages(PRINTED_ON_EVERY_PAGE);
    }

    /** Every column wraps within a width that leaves room on a landscape page for several agencies beside the task. */
    private static void narrowForPrint(TableSheet table, int columns) {
        table.maxWidth(1, CONTENT).maxWidth(2, GROUP).maxWidth(3, NARROW).maxWidth(4, NARROW);
        for (int c = FIRST_AGENCY_COLUMN - 1; c < columns; c++) {
            table.maxWidth(c, NARROW);
        }
    }

    private static String statusOf(PeriodFigures f, String taskCode, String agency) {
        return f.tasks().stream()
                .filter(t -> t.taskCode().equals(taskCode) && t.agencyCode().equals(agency))
                .map(TaskMatrixSheet::describe)
                .collect(Collectors.collectingAndThen(Collectors.joining("; "), s -> s.isEmpty() ? null : s));
    }

    private static String describe(TaskFigure t) {
        BigDecimal percent = t.percent();
        return percent == null ? t.status().label()
                : t.status().label() + " (" + percent.stripTrailingZeros().toPlainString() + "%)";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
