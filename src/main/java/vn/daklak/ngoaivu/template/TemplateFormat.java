package vn.daklak.ngoaivu.template;

import java.util.List;
import vn.daklak.ngoaivu.format.ColumnSpec;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.format.InfoField;
import vn.daklak.ngoaivu.format.SheetKind;
import vn.daklak.ngoaivu.format.SubmissionFormat;

/**
 * Sheet names, headers and info labels of the template, taken from {@link SubmissionFormat} (the canonical ones of
 * SUBMISSION-FORMAT 3) so the template can never drift from what ingest reads. Here only what the template adds: the
 * columns it offers with their widths and input kinds, and the unit {@code (đồng)} on money headers so that nobody
 * reports in millions by habit.
 */
final class TemplateFormat {

    static final String INSTRUCTIONS = "Hướng dẫn";
    static final String INFO = SubmissionFormat.sheet(SheetKind.INFO).canonicalName();
    static final String TASKS = SubmissionFormat.sheet(SheetKind.TASKS).canonicalName();
    static final String EVENTS = SubmissionFormat.sheet(SheetKind.EVENTS).canonicalName();
    static final String SPENDING = SubmissionFormat.sheet(SheetKind.SPENDING).canonicalName();
    static final String CODE_LISTS = "Danh mục";

    static final String AGENCY = SubmissionFormat.infoLabel(InfoField.AGENCY);
    static final String AGENCY_CODE = SubmissionFormat.infoLabel(InfoField.AGENCY_CODE);
    static final String YEAR = SubmissionFormat.infoLabel(InfoField.YEAR);
    static final String PERIOD = SubmissionFormat.infoLabel(InfoField.PERIOD);
    static final List<String> CONTACT_LABELS = List.of(SubmissionFormat.infoLabel(InfoField.PREPARER),
            SubmissionFormat.infoLabel(InfoField.PHONE), SubmissionFormat.infoLabel(InfoField.EMAIL));
    static final String REPORT_DATE = SubmissionFormat.infoLabel(InfoField.REPORT_DATE);
    static final List<String> PERIODS = List.of("6 tháng", "Năm");

    static final List<TemplateColumn> TASK_COLUMNS = List.of(
            column(SheetKind.TASKS, Field.STT, 6, ColumnKind.ROW_NUMBER),
            column(SheetKind.TASKS, Field.TASK_CODE, 12, ColumnKind.TASK_CODE),
            column(SheetKind.TASKS, Field.TASK_CONTENT, 50, ColumnKind.TEXT),
            column(SheetKind.TASKS, Field.STATUS, 20, ColumnKind.STATUS),
            column(SheetKind.TASKS, Field.PERCENT, 14, ColumnKind.PERCENT),
            column(SheetKind.TASKS, Field.RESULTS, 45, ColumnKind.TEXT),
            column(SheetKind.TASKS, Field.ISSUES, 35, ColumnKind.TEXT),
            column(SheetKind.TASKS, Field.PROPOSALS, 35, ColumnKind.TEXT));

    static final List<TemplateColumn> EVENT_COLUMNS = List.of(
            column(SheetKind.EVENTS, Field.TASK_CODE, 12, ColumnKind.TASK_CODE),
            column(SheetKind.EVENTS, Field.ACTIVITY, 40, ColumnKind.TEXT),
            column(SheetKind.EVENTS, Field.EVENT_TYPE, 26, ColumnKind.EVENT_TYPE),
            column(SheetKind.EVENTS, Field.START, 12, ColumnKind.DATE),
            column(SheetKind.EVENTS, Field.END, 12, ColumnKind.DATE),
            column(SheetKind.EVENTS, Field.LOCATION, 25, ColumnKind.TEXT),
            column(SheetKind.EVENTS, Field.COUNTRY, 16, ColumnKind.COUNTRY),
            column(SheetKind.EVENTS, Field.PARTNER, 28, ColumnKind.PARTNER),
            column(SheetKind.EVENTS, Field.PARTICIPANTS, 12, ColumnKind.COUNT),
            column(SheetKind.EVENTS, Field.FOREIGN_GUESTS, 12, ColumnKind.COUNT),
            column(SheetKind.EVENTS, Field.OCOP, 25, ColumnKind.TEXT),
            column(SheetKind.EVENTS, Field.HERITAGE, 25, ColumnKind.TEXT),
            column(SheetKind.EVENTS, Field.NOTES, 30, ColumnKind.TEXT));

    static final List<TemplateColumn> SPENDING_COLUMNS = List.of(
            column(SheetKind.SPENDING, Field.TASK_CODE, 12, ColumnKind.TASK_CODE),
            column(SheetKind.SPENDING, Field.ITEM, 40, ColumnKind.TEXT),
            column(SheetKind.SPENDING, Field.SOURCE, 22, ColumnKind.SOURCE),
            column(SheetKind.SPENDING, Field.ESTIMATE, 18, ColumnKind.MONEY),
            column(SheetKind.SPENDING, Field.ALLOCATED, 18, ColumnKind.MONEY),
            column(SheetKind.SPENDING, Field.SPENT, 18, ColumnKind.MONEY));

    private TemplateFormat() {
    }

    /** A template column with the canonical header of the submission format (money headers say the unit). */
    private static TemplateColumn column(SheetKind sheet, Field field, int width, ColumnKind kind) {
        ColumnSpec spec = SubmissionFormat.sheet(sheet).columns().stream().filter(c -> c.field() == field)
                .findFirst().orElseThrow(() -> new IllegalStateException(field + " is not a column of " + sheet));
        return new TemplateColumn(spec.money() ? spec.header() + " (đồng)" : spec.header(), width, kind);
    }
}
