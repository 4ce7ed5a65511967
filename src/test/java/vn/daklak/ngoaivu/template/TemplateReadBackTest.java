package vn.daklak.ngoaivu.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;

/** The template as the pipeline's own reader sees it. */
class TemplateReadBackTest {

    @TempDir
    Path dir;

    @Test
    void theReaderSeesTheSheetsHeadersAndPrefilledTasks() throws Exception {
        Path out = dir.resolve("mau.xlsx");
        new TemplateWriter().write(2024, ReferenceCsv.agency("SCT"), ReferenceCsv.load(), out);

        try (SpreadsheetFile file = SpreadsheetFile.open(out)) {
            assertThat(file.sheetNames()).containsExactly("Hướng dẫn", "Thông tin chung", "Nhiệm vụ", "Hoạt động",
                    "Kinh phí", "Danh mục");
            try (Stream<SheetRow> rows = file.rows("Nhiệm vụ")) {
                List<SheetRow> all = rows.filter(r -> !r.isBlank()).toList();
                assertThat(all.get(0).cell(1).text()).isEqualTo("Mã nhiệm vụ");
                assertThat(all.stream().skip(1).map(r -> r.cell(1)).map(CellValue::text)).containsExactly("NV04", "NV02");
            }
            try (Stream<SheetRow> rows = file.rows("Thông tin chung")) {
                List<SheetRow> info = rows.toList();
                assertThat(info.get(0).cell(1).text()).isEqualTo("Sở Công Thương");
                assertThat(info.get(2).cell(1).number()).isEqualTo(2024.0);
            }
        }
    }
}
