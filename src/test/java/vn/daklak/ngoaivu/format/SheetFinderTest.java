package vn.daklak.ngoaivu.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.read.SpreadsheetFile;

class SheetFinderTest {

    @Test
    void findsCanonicalSheetsByName() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(ingest("normal.xlsx"))) {
            assertThat(SheetFinder.locate(file)).containsOnly(entry(SheetKind.INFO, "Thông tin chung"),
                    entry(SheetKind.TASKS, "Nhiệm vụ"), entry(SheetKind.EVENTS, "Hoạt động"),
                    entry(SheetKind.SPENDING, "Kinh phí"));
        }
    }

    @Test
    void findsAliasesAndFallsBackToTheHeaderRow() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(ingest("messy-layout.xlsx"))) {
            assertThat(SheetFinder.locate(file)).containsOnly(entry(SheetKind.INFO, "Thong tin"),
                    entry(SheetKind.TASKS, "Sheet2"), entry(SheetKind.EVENTS, "Sự kiện"),
                    entry(SheetKind.SPENDING, "Budget"));
        }
    }

    @Test
    void findsSheetsNamedInDecomposedUnicodeAndLeavesMissingOnesOut() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(ingest("nfd-text.xlsx"))) {
            Map<SheetKind, String> sheets = SheetFinder.locate(file);
            assertThat(sheets).containsOnlyKeys(SheetKind.INFO, SheetKind.TASKS);
            assertThat(sheets.get(SheetKind.TASKS)).isEqualTo(Normalizer.normalize("Nhiệm vụ", Normalizer.Form.NFD));
        }
    }

    @Test
    void findsTheInfoSheetOfALegacyXls() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(ingest("legacy-fonts.xls"))) {
            assertThat(SheetFinder.locate(file)).containsEntry(SheetKind.INFO, "Thông tin chung")
                    .containsEntry(SheetKind.EVENTS, "Hoạt động");
        }
    }

    static Path ingest(String name) {
        return Path.of("src/test/resources/ingest", name);
    }
}
