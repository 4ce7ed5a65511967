package vn.daklak.ngoaivu.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionFormatTest {

    @Test
    void sheetsInWorkbookOrderWithCanonicalNames() {
        assertThat(SubmissionFormat.sheets()).extracting(SheetSpec::canonicalName)
                .containsExactly("Thông tin chung", "Nhiệm vụ", "Hoạt động", "Kinh phí");
        assertThat(SubmissionFormat.sheet(SheetKind.TASKS).aliases())
                .containsExactly("Nhiem vu", "Tasks", "Tình hình thực hiện nhiệm vụ");
    }

    @Test
    void requiredColumnsAreThoseOfTheContract() {
        assertThat(required(SheetKind.TASKS)).containsExactly(Field.TASK_CODE, Field.STATUS);
        assertThat(required(SheetKind.EVENTS)).containsExactly(Field.TASK_CODE, Field.ACTIVITY, Field.START);
        assertThat(required(SheetKind.SPENDING)).containsExactly(Field.TASK_CODE, Field.SOURCE, Field.SPENT);
    }

    @Test
    void moneyColumnsAreTheSpendingAmounts() {
        assertThat(SubmissionFormat.sheets().stream().flatMap(s -> s.columns().stream())
                .filter(ColumnSpec::money).map(ColumnSpec::field))
                .containsExactly(Field.ESTIMATE, Field.ALLOCATED, Field.SPENT);
    }

    @Test
    void everyFieldHasOneColumnAndAliasesAreKept() {
        ColumnSpec spent = column(SheetKind.SPENDING, Field.SPENT);
        assertThat(spent.header()).isEqualTo("Đã thực hiện");
        assertThat(spent.aliases()).contains("Đã chi", "Đã giải ngân", "Kinh phí thực hiện", "Spent");
        assertThat(column(SheetKind.EVENTS, Field.FOREIGN_GUESTS).aliases())
                .containsExactly("Khách nước ngoài", "Foreign guests");
        assertThat(SubmissionFormat.sheets()).allSatisfy(s -> assertThat(s.columns())
                .extracting(ColumnSpec::field).doesNotHaveDuplicates());
    }

    @Test
    void infoLabelsAndAliases() {
        assertThat(SubmissionFormat.infoLabel(InfoField.AGENCY)).isEqualTo("Cơ quan báo cáo");
        assertThat(SubmissionFormat.infoLabel(InfoField.PERIOD)).isEqualTo("Kỳ báo cáo");
        assertThat(SubmissionFormat.infoLabels(InfoField.AGENCY))
                .containsExactly("Cơ quan báo cáo", "Đơn vị báo cáo", "Tên cơ quan", "Agency");
        assertThat(SubmissionFormat.infoLabels(InfoField.YEAR)).containsExactly("Năm", "Năm báo cáo", "Year");
    }

    private static List<Field> required(SheetKind kind) {
        return SubmissionFormat.sheet(kind).columns().stream().filter(ColumnSpec::required)
                .map(ColumnSpec::field).toList();
    }

    private static ColumnSpec column(SheetKind kind, Field field) {
        return SubmissionFormat.sheet(kind).columns().stream().filter(c -> c.field() == field).findFirst()
                .orElseThrow();
    }
}
