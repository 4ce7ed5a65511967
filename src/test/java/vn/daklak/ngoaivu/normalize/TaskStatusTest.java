package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskStatusTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hoàn thành|DONE", "Đã hoàn thành|DONE", "Done|DONE", "Hoan thanh|DONE", "HOÀN THÀNH|DONE", "DONE|DONE",
        "Đang thực hiện|IN_PROGRESS", "Đang triển khai|IN_PROGRESS", "In progress|IN_PROGRESS",
        "IN_PROGRESS|IN_PROGRESS", "dang thuc hien|IN_PROGRESS",
        "Chưa thực hiện|NOT_STARTED", "Chưa triển khai|NOT_STARTED", "Not started|NOT_STARTED",
        "Không thực hiện|CANCELLED", "Hủy|CANCELLED", "Huỷ|CANCELLED", "Dừng thực hiện|CANCELLED",
        "Cancelled|CANCELLED", "Huy|CANCELLED",
        "Hoãn|POSTPONED", "Chuyển sang năm sau|POSTPONED", "Chuyển kỳ sau|POSTPONED", "Postponed|POSTPONED",
        "Hoãn|POSTPONED", "Hoàn|DONE"})
    void everyAliasOfSection33(String raw, TaskStatus expected) {
        assertThat(TaskStatus.parse(raw)).contains(expected);
        assertThat(TaskStatus.parse(Normalizer.normalize(raw, Normalizer.Form.NFD))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Tốt", "Hoàn thành một phần", "50%", "Hoan"})
    void unknown(String raw) {
        assertThat(TaskStatus.parse(raw)).isEmpty();
    }
}
