package vn.daklak.ngoaivu.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static vn.daklak.ngoaivu.format.Rows.row;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.normalize.MoneyUnits;

class HeaderDetectorTest {

    private static final SheetSpec TASKS = SubmissionFormat.sheet(SheetKind.TASKS);
    private static final SheetSpec EVENTS = SubmissionFormat.sheet(SheetKind.EVENTS);
    private static final SheetSpec SPENDING = SubmissionFormat.sheet(SheetKind.SPENDING);

    @Test
    void findsCanonicalHeaderOnFirstRow() {
        HeaderMatch m = HeaderDetector.detect(TASKS, List.of(
                row(1, "STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Tình trạng", "Tỷ lệ hoàn thành (%)"))).orElseThrow();
        assertThat(m.headerRow()).isEqualTo(1);
        assertThat(m.complete()).isTrue();
        assertThat(m.columns()).containsOnly(entry(Field.STT, 0), entry(Field.TASK_CODE, 1),
                entry(Field.TASK_CONTENT, 2), entry(Field.STATUS, 3), entry(Field.PERCENT, 4));
        assertThat(m.unknownColumns()).isEmpty();
        assertThat(m.sheetUnit()).isEqualTo(1);
    }

    @Test
    void toleratesLineBreaksSpacesUnitsNfdToneMarksMissingDiacriticsEnglishAndOrder() {
        String nfd = Normalizer.normalize("Tình  trạng", Normalizer.Form.NFD);
        HeaderMatch m = HeaderDetector.detect(TASKS, List.of(
                row(1, "Ket qua dat duoc", "Tỷ lệ\n(%)", nfd, " Mã\nnhiệm   vụ ", "Proposals", "Khó khăn"))).orElseThrow();
        assertThat(m.complete()).isTrue();
        assertThat(m.columns()).containsOnly(entry(Field.RESULTS, 0), entry(Field.PERCENT, 1), entry(Field.STATUS, 2),
                entry(Field.TASK_CODE, 3), entry(Field.PROPOSALS, 4), entry(Field.ISSUES, 5));
        assertThat(m.columnLabel(3)).isEqualTo("D (Mã nhiệm vụ)");
    }

    @Test
    void oldAndNewTonePlacementMatch() {
        HeaderMatch m = HeaderDetector.detect(EVENTS, List.of(
                row(1, "Mã nhiệm vụ", "Tên họat động", "Từ ngày", "Di tích/di sản quảng bá", "Số khách quốc tế",
                        "Khách nước ngoài"))).orElseThrow();
        assertThat(m.complete()).isTrue();
        assertThat(m.columns()).containsEntry(Field.ACTIVITY, 1).containsEntry(Field.HERITAGE, 3)
                .containsEntry(Field.FOREIGN_GUESTS, 4);
        assertThat(m.unknownColumns()).as("second alias of a column already found")
                .containsOnly(entry(5, "Khách nước ngoài"));
    }

    @Test
    void headerBelowTitleRowsTakesTheSheetUnitFromTheTitles() {
        HeaderMatch m = HeaderDetector.detect(SPENDING, List.of(
                row(1, "BÁO CÁO KINH PHÍ NĂM 2024"),
                row(2, "Đơn vị tính: triệu đồng"),
                row(4, "STT", "Mã NV", "Nguồn", "Dự toán", "Đã chi\n(nghìn đồng)", "Ghi chú thêm"),
                row(5, 1, "NV01", "NSNN", 120, 95_000))).orElseThrow();
        assertThat(m.headerRow()).isEqualTo(4);
        assertThat(m.sheetUnit()).isEqualTo(MoneyUnits.MILLION);
        assertThat(m.unitFor(Field.ESTIMATE)).isEqualTo(MoneyUnits.MILLION);
        assertThat(m.unitFor(Field.SPENT)).isEqualTo(MoneyUnits.THOUSAND);
        assertThat(m.unknownColumns()).containsOnly(entry(5, "Ghi chú thêm"));
        assertThat(m.headers()).containsEntry(4, "Đã chi (nghìn đồng)");
    }

    @Test
    void incompleteHeaderIsTheRowWithMostRecognisedColumns() {
        HeaderMatch m = HeaderDetector.detect(SPENDING, List.of(
                row(1, "Mã nhiệm vụ", "Ghi chú"),
                row(2, "Mã nhiệm vụ", "Nội dung chi", "Dự toán", "Được duyệt"))).orElseThrow();
        assertThat(m.headerRow()).isEqualTo(2);
        assertThat(m.complete()).isFalse();
        assertThat(m.missingRequired()).extracting(ColumnSpec::field).containsExactly(Field.SOURCE, Field.SPENT);
    }

    @Test
    void noHeaderWhenFewerThanTwoColumnsAreRecognisedOrHeaderIsTooLow() {
        assertThat(HeaderDetector.detect(TASKS, List.of(row(1, "Mã nhiệm vụ", "Cột lạ")))).isEmpty();
        assertThat(HeaderDetector.detect(TASKS, List.of(row(16, "Mã nhiệm vụ", "Tình trạng")))).isEmpty();
        assertThat(HeaderDetector.detect(SubmissionFormat.sheet(SheetKind.INFO), List.of(row(1, "Năm", 2024))))
                .isEmpty();
    }

    @Test
    void duplicatedHeaderKeepsTheFirstColumn() {
        HeaderMatch m = HeaderDetector.detect(TASKS, List.of(
                row(1, "Mã nhiệm vụ", "Tình trạng", "Mã NV"))).orElseThrow();
        assertThat(m.columns()).containsEntry(Field.TASK_CODE, 0);
        assertThat(m.unknownColumns()).containsOnly(entry(2, "Mã NV"));
    }
}
