package vn.daklak.ngoaivu.format;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daklak.ngoaivu.format.Rows.row;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowClassifierTest {

    private static final HeaderMatch HEADER = HeaderDetector.detect(SubmissionFormat.sheet(SheetKind.EVENTS),
            List.of(row(1, "STT", "Mã nhiệm vụ", "Tên hoạt động", "Từ ngày", "Số người tham gia"))).orElseThrow();

    @Test
    void dataRows() {
        assertThat(classify(row(2, 1, "NV01", "Biểu diễn", "15/03/2024", 40))).isEqualTo(RowKind.DATA);
        assertThat(classify(row(2, null, "NV01"))).isEqualTo(RowKind.DATA);
        assertThat(classify(row(2, 3, "nv 2"))).isEqualTo(RowKind.DATA);
        assertThat(classify(row(2, null, null, null, null, 40))).isEqualTo(RowKind.DATA);
    }

    @Test
    void emptyRows() {
        assertThat(classify(row(2))).isEqualTo(RowKind.EMPTY);
        assertThat(classify(row(2, "  ", null, ""))).isEqualTo(RowKind.EMPTY);
    }

    @Test
    void sectionHeadings() {
        assertThat(classify(row(2, "I", "Hoạt động ở nước ngoài"))).isEqualTo(RowKind.SECTION);
        assertThat(classify(row(2, null, "I. Hoạt động ở nước ngoài"))).isEqualTo(RowKind.SECTION);
        assertThat(classify(row(2, "II. Hoạt động trong tỉnh"))).isEqualTo(RowKind.SECTION);
        assertThat(classify(row(2, "A", null, null, "Nhiệm vụ trọng tâm"))).isEqualTo(RowKind.SECTION);
    }

    @Test
    void totalRows() {
        assertThat(classify(row(9, "Tổng cộng", null, null, null, 120))).isEqualTo(RowKind.TOTAL);
        assertThat(classify(row(9, null, "TỔNG CỘNG:", null, null, 120))).isEqualTo(RowKind.TOTAL);
        assertThat(classify(row(9, null, "Cộng", null, null, 120))).isEqualTo(RowKind.TOTAL);
        assertThat(classify(row(9, "Tong", null, null, null, 120))).isEqualTo(RowKind.TOTAL);
        assertThat(classify(row(9, "Total (I+II)", null, null, null, 120))).isEqualTo(RowKind.TOTAL);
        assertThat(classify(row(9, 1, "NV01", "Tổng kết hội nghị", "15/03/2024"))).isEqualTo(RowKind.DATA);
    }

    /** The cheap first-letter test must not hide a label the key recognises behind brackets or punctuation. */
    @Test
    void totalLabelsAfterBracketsOrPunctuation() {
        assertThat(classify(row(9, "(I+II) Tổng cộng", null, null, null, 120))).isEqualTo(RowKind.TOTAL);
        assertThat(classify(row(9, "- Cộng:", null, null, null, 120))).isEqualTo(RowKind.TOTAL);
        assertThat(classify(row(9, "(ghi chú) Hoạt động khác", null, null, null, 120))).isEqualTo(RowKind.DATA);
    }

    private static RowKind classify(vn.daklak.ngoaivu.read.SheetRow row) {
        return RowClassifier.classify(row, HEADER);
    }
}
