package vn.daklak.ngoaivu.format;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daklak.ngoaivu.format.Rows.row;

import java.util.EnumMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.format.InfoSheetReader.InfoValue;

class InfoSheetReaderTest {

    @Test
    void readsLabelsAndAliasesWithTheirValues() {
        EnumMap<InfoField, InfoValue> info = InfoSheetReader.read(Stream.of(
                row(1, "THÔNG TIN CHUNG"),
                row(3, "Đơn vị báo cáo:", "Sở Ngoại vụ"),
                row(4, "Agency code", "SNGV"),
                row(5, "NĂM BÁO CÁO", 2024),
                row(6, "Ky bao cao", "6 tháng"),
                row(7, "Email", null, "vanthu@daklak.gov.vn"),
                row(8, "Người lập")));
        assertThat(info).containsOnlyKeys(InfoField.AGENCY, InfoField.AGENCY_CODE, InfoField.YEAR, InfoField.PERIOD,
                InfoField.EMAIL, InfoField.PREPARER);
        assertThat(info.get(InfoField.AGENCY)).isEqualTo(new InfoValue(3,
                vn.daklak.ngoaivu.read.CellValue.text(1, "Sở Ngoại vụ")));
        assertThat(info.get(InfoField.YEAR).cell().number()).isEqualTo(2024.0);
        assertThat(info.get(InfoField.PERIOD).cell().text()).isEqualTo("6 tháng");
        assertThat(info.get(InfoField.EMAIL).cell().text()).isEqualTo("vanthu@daklak.gov.vn");
        assertThat(info.get(InfoField.PREPARER).row()).isEqualTo(8);
        assertThat(info.get(InfoField.PREPARER).cell()).isNull();
    }

    @Test
    void firstOccurrenceWinsAndOnlyTheFirst50RowsCount() {
        EnumMap<InfoField, InfoValue> info = InfoSheetReader.read(Stream.of(
                row(2, "Năm", 2024),
                row(3, "Year", 2023),
                row(51, "Kỳ báo cáo", "Năm")));
        assertThat(info.get(InfoField.YEAR).row()).isEqualTo(2);
        assertThat(info).doesNotContainKey(InfoField.PERIOD);
    }
}
