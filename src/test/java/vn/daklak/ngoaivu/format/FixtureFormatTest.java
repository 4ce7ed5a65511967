package vn.daklak.ngoaivu.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.format.InfoSheetReader.InfoValue;
import vn.daklak.ngoaivu.normalize.MoneyUnits;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;

/** Header detection, row classification and info reading on real workbook files. */
class FixtureFormatTest {

    @Test
    void spendingSheetWithTitlesUnitsSectionsAndTotal() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(SheetFinderTest.ingest("messy-layout.xlsx"))) {
            List<SheetRow> rows = rows(file, "Budget");
            HeaderMatch header = HeaderDetector.detect(SubmissionFormat.sheet(SheetKind.SPENDING), rows).orElseThrow();
            assertThat(header.headerRow()).isEqualTo(4);
            assertThat(header.complete()).isTrue();
            assertThat(header.columns()).containsOnly(entry(Field.STT, 0), entry(Field.SOURCE, 1),
                    entry(Field.TASK_CODE, 2), entry(Field.ESTIMATE, 3), entry(Field.SPENT, 4), entry(Field.ITEM, 5));
            assertThat(header.unknownColumns()).containsOnly(entry(6, "Ghi chú thêm"));
            assertThat(header.unitFor(Field.ESTIMATE)).isEqualTo(MoneyUnits.MILLION);
            assertThat(header.unitFor(Field.SPENT)).isEqualTo(MoneyUnits.THOUSAND);
            assertThat(kinds(rows, header)).containsOnly(entry(5, RowKind.SECTION), entry(6, RowKind.DATA),
                    entry(7, RowKind.DATA), entry(8, RowKind.TOTAL));
            assertThat(rows.get(rows.size() - 1).cell(4).number()).isEqualTo(123_500.0);
        }
    }

    @Test
    void eventsSheetWithLineBreaksMergedTaskCodeAndSections() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(SheetFinderTest.ingest("messy-layout.xlsx"))) {
            List<SheetRow> rows = rows(file, "Sự kiện");
            HeaderMatch header = HeaderDetector.detect(SubmissionFormat.sheet(SheetKind.EVENTS), rows).orElseThrow();
            assertThat(header.columns()).containsEntry(Field.ACTIVITY, 1).containsEntry(Field.START, 2)
                    .containsEntry(Field.TASK_CODE, 3).containsEntry(Field.COUNTRY, 4).containsEntry(Field.NOTES, 5);
            assertThat(kinds(rows, header)).containsOnly(entry(2, RowKind.SECTION), entry(3, RowKind.DATA),
                    entry(4, RowKind.DATA), entry(5, RowKind.SECTION));
        }
    }

    @Test
    void tasksHeaderInEnglishOnAPlainlyNamedSheet() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(SheetFinderTest.ingest("messy-layout.xlsx"))) {
            HeaderMatch header = HeaderDetector.detect(SubmissionFormat.sheet(SheetKind.TASKS), rows(file, "Sheet2"))
                    .orElseThrow();
            assertThat(header.headerRow()).isEqualTo(3);
            assertThat(header.columns()).containsOnly(entry(Field.TASK_CODE, 0), entry(Field.PERCENT, 1),
                    entry(Field.STATUS, 2), entry(Field.TASK_CONTENT, 3));
        }
    }

    @Test
    void infoSheetsOfNormalAndNfdWorkbooks() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(SheetFinderTest.ingest("nfd-text.xlsx"));
             Stream<SheetRow> rows = file.rows(file.sheetNames().get(0))) {
            EnumMap<InfoField, InfoValue> info = InfoSheetReader.read(rows);
            assertThat(info.get(InfoField.AGENCY).cell().text()).isEqualTo("Ủy ban nhân dân tỉnh Đắk Lắk");
            assertThat(info.get(InfoField.PERIOD).cell().text()).isEqualTo("Năm");
        }
        try (SpreadsheetFile file = SpreadsheetFile.open(SheetFinderTest.ingest("normal.xlsx"));
             Stream<SheetRow> rows = file.rows("Thông tin chung")) {
            EnumMap<InfoField, InfoValue> info = InfoSheetReader.read(rows);
            assertThat(info).containsKeys(InfoField.AGENCY, InfoField.AGENCY_CODE, InfoField.YEAR, InfoField.PERIOD,
                    InfoField.PREPARER, InfoField.REPORT_DATE);
            assertThat(info.get(InfoField.REPORT_DATE).cell().date().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2024, 12, 10));
        }
    }

    private static List<SheetRow> rows(SpreadsheetFile file, String sheet) throws Exception {
        try (Stream<SheetRow> rows = file.rows(sheet)) {
            return rows.toList();
        }
    }

    private static Map<Integer, RowKind> kinds(List<SheetRow> rows, HeaderMatch header) {
        return rows.stream().filter(r -> r.rowNumber() > header.headerRow())
                .collect(Collectors.toMap(SheetRow::rowNumber, r -> RowClassifier.classify(r, header)));
    }
}
