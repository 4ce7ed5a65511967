package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenSheetTest {

    private static final String BROKEN_SHEET = "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
            + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>STT</t></is>"
            + "</c></row><row r=\"2\"><c r=\"A2\"><v>không-phải-số</v></c></row></sheetData></worksheet>";

    @TempDir
    Path tmp;

    @Test
    void parserFailureWhileStreamingSurfacesAsIoErrorWithVietnameseMessage() throws Exception {
        Path file = withFirstSheet(BROKEN_SHEET);
        try (SpreadsheetFile workbook = SpreadsheetFile.open(file);
             Stream<SheetRow> rows = workbook.rows("Thông tin chung")) {
            assertThatThrownBy(rows::toList)
                    .isInstanceOf(UncheckedIOException.class)
                    .cause()
                    .hasMessageContaining("Không đọc được trang \"Thông tin chung\" (sau dòng 1)")
                    .hasMessageContaining("Hãy mở tệp bằng Excel");
        }
    }

    @Test
    void unknownSheetIsAnIoError() throws Exception {
        try (SpreadsheetFile workbook = SpreadsheetFile.open(Fixtures.ingest("normal.xlsx"))) {
            assertThatThrownBy(() -> workbook.rows("Không có")).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void stackOverflowInTheParserSurfacesAsIoError() {
        java.util.Iterator<SheetRow> overflowing = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                throw new StackOverflowError();
            }

            @Override
            public SheetRow next() {
                throw new StackOverflowError();
            }
        };
        try (Stream<SheetRow> rows = SafeRows.stream(overflowing, "Hoạt động", MergedRegions.none(), () -> { })) {
            assertThatThrownBy(rows::toList).isInstanceOf(UncheckedIOException.class)
                    .cause().hasMessageContaining("Không đọc được trang \"Hoạt động\"");
        }
    }

    @Test
    void malformedSheetXmlIsAnIoErrorWhenTheSheetIsOpened() throws Exception {
        Path file = withFirstSheet(BROKEN_SHEET.replace("</row></sheetData>", "</sheetData>"));
        try (SpreadsheetFile workbook = SpreadsheetFile.open(file)) {
            assertThatThrownBy(() -> workbook.rows("Thông tin chung")).isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("Không đọc được trang");
        }
    }

    private Path withFirstSheet(String xml) throws Exception {
        Path file = tmp.resolve("hong.xlsx");
        try (ZipFile source = new ZipFile(Fixtures.ingest("normal.xlsx").toFile());
             OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    source.getInputStream(e).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return file;
    }
}
