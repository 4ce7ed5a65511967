package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskCodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NV01|NV01", "nv01|NV01", "NV 01|NV01", "NV1|NV01", "NV-01|NV01", " nv-1 |NV01", "NV.12|NV12", "NV123|NV123",
        "NV\u00A005|NV05"})
    void variantsOfOneCode(String raw, String expected) {
        assertThat(TaskCodes.normalize(raw)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01", "NV", "Nhiệm vụ 1", "NV01a", "NV 0 1"})
    void notACode(String raw) {
        assertThat(TaskCodes.normalize(raw)).isEmpty();
    }
}
