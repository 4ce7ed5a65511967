package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daklak.ngoaivu.read.Fixtures.row;
import static vn.daklak.ngoaivu.read.Fixtures.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HssfSpreadsheetTest {

    @TempDir
    Path tmp;

    @Test
    void decodesTextTypedInLegacyVietnameseFonts() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(Fixtures.ingest("legacy-fonts.xls"))) {
            assertThat(file.sheetNames()).containsExactly("Thông tin chung", "Hoạt động");
            List<SheetRow> info = rows(file, "Thông tin chung");
            assertThat(row(info, 1).cell(1).text()).isEqualTo("UBND huyện Lắk");
            assertThat(row(info, 3).cell(1).text()).isEqualTo("Đắk Lắk");
            assertThat(row(info, 4).cell(1).text()).isEqualTo("Đắk Lắk");
        }
    }

    @Test
    void readsDatesPercentsAndMergedTaskCodes() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(Fixtures.ingest("legacy-fonts.xls"))) {
            List<SheetRow> events = rows(file, "Hoạt động");
            CellValue start = row(events, 2).cell(2);
            assertThat(start.kind()).isEqualTo(CellKind.DATE);
            assertThat(start.date().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 20));
            assertThat(row(events, 2).cell(3).kind()).isEqualTo(CellKind.PERCENT);
            assertThat(row(events, 2).cell(3).number()).isEqualTo(0.85);
            assertThat(row(events, 3).cell(0).text()).isEqualTo("NV02");
        }
    }

    @Test
    void legacyFileNamedXlsxIsStillReadAsXls() throws Exception {
        Path renamed = tmp.resolve("bao-cao.xlsx");
        Files.copy(Fixtures.ingest("legacy-fonts.xls"), renamed);
        try (SpreadsheetFile file = SpreadsheetFile.open(renamed)) {
            assertThat(file).isInstanceOf(HssfSpreadsheet.class);
        }
    }
}
