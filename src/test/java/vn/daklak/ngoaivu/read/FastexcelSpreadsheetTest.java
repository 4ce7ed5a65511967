package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daklak.ngoaivu.read.Fixtures.row;
import static vn.daklak.ngoaivu.read.Fixtures.rows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FastexcelSpreadsheetTest {

    @Test
    void readsTextNumbersDatesAndPercents() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(Fixtures.ingest("normal.xlsx"))) {
            List<SheetRow> info = rows(file, "Thông tin chung");
            assertThat(row(info, 1).cell(1).text()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
            assertThat(row(info, 3).cell(1).kind()).isEqualTo(CellKind.NUMBER);
            assertThat(row(info, 3).cell(1).number()).isEqualTo(2024.0);
            CellValue reportDate = row(info, 6).cell(1);
            assertThat(reportDate.kind()).isEqualTo(CellKind.DATE);
            assertThat(reportDate.date().toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 10));
            assertThat(reportDate.text()).isEqualTo("10/12/2024");

            CellValue percent = row(rows(file, "Nhiệm vụ"), 3).cell(4);
            assertThat(percent.kind()).isEqualTo(CellKind.PERCENT);
            assertThat(percent.number()).isEqualTo(0.85);
            assertThat(percent.text()).isEqualTo("85%");

            CellValue spent = row(rows(file, "Kinh phí"), 2).cell(5);
            assertThat(spent.kind()).isEqualTo(CellKind.NUMBER);
            assertThat(spent.number()).isEqualTo(430_000_000.0);
        }
    }

    @Test
    void taskCodeMergedDownReachesEveryActivityRow() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(Fixtures.ingest("normal.xlsx"))) {
            List<SheetRow> events = rows(file, "Hoạt động");
            assertThat(events).extracting(SheetRow::rowNumber).containsExactly(1, 2, 3, 4);
            assertThat(events.subList(1, 4)).allSatisfy(r -> assertThat(r.cell(0).text()).isEqualTo("NV01"));
            assertThat(row(events, 4).cell(3).kind()).isEqualTo(CellKind.TEXT);
            assertThat(row(events, 4).cell(3).text()).isEqualTo("20/03/2024");
        }
    }

    @Test
    void mergesWithinOneRowAreNotSpread() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(Fixtures.ingest("messy-layout.xlsx"))) {
            List<SheetRow> budget = rows(file, "Budget");
            assertThat(row(budget, 1).cells()).hasSize(1);
            List<SheetRow> events = rows(file, "Sự kiện");
            assertThat(row(events, 2).cells()).extracting(CellValue::text)
                    .containsExactly("I", "Hoạt động ở nước ngoài");
            assertThat(row(events, 4).cell(3).text()).isEqualTo("NV03");
        }
    }

    @Test
    void formulaCellsAreReadByTheValueLibreOfficeCached() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(Fixtures.ingest("formulas-libreoffice.xlsx"))) {
            List<SheetRow> rows = rows(file, "Kinh phí");
            assertThat(row(rows, 4).cell(3).number()).isEqualTo(580_000_000.0);
            assertThat(row(rows, 2).cell(4).kind()).isEqualTo(CellKind.PERCENT);
            assertThat(row(rows, 2).cell(4).number()).isEqualTo(0.86);
            assertThat(row(rows, 2).cell(5).kind()).isEqualTo(CellKind.DATE);
            assertThat(row(rows, 2).cell(5).date().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(row(rows, 3).cell(0).kind()).isEqualTo(CellKind.TEXT);
            assertThat(row(rows, 3).cell(0).text()).isEqualTo("NV02");
        }
    }

    @Test
    void decomposedTextBecomesNfc() throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(Fixtures.ingest("nfd-text.xlsx"))) {
            String tasks = file.sheetNames().get(1);
            assertThat(tasks).isEqualTo(SubmissionWorkbooks.nfd("Nhiệm vụ"));
            List<SheetRow> rows = rows(file, tasks);
            assertThat(row(rows, 1).cell(1).text()).isEqualTo("Tình trạng");
            assertThat(row(rows, 2).cell(2).text()).isEqualTo("Giao lưu văn hoá Đắk Lắk");
        }
    }
}
