package vn.daklak.ngoaivu.dashboard.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.daklak.ngoaivu.support.SpreadsheetText;

/**
 * Every table of the dashboard as CSV (UTF-8 with a BOM, for Excel) or XLSX, each cell through
 * {@link SpreadsheetText} so an agency's "=HYPERLINK(…)" stays text.
 */
final class TableExport {

    /** The formats a table exports to, named by the {@code format} request parameter. */
    enum Format {
        CSV("text/csv; charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final MediaType type;

        Format(String type) {
            this.type = MediaType.parseMediaType(type);
        }

        static Optional<Format> parse(String text) {
            return java.util.Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(text)).findFirst();
        }
    }

    private TableExport() {
    }

    static ResponseEntity<byte[]> response(ExportTable table, Format format) {
        byte[] body = format == Format.CSV ? csv(table) : xlsx(table);
        String name = table.fileName() + "." + format.name().toLowerCase(java.util.Locale.ROOT);
        return ResponseEntity.ok().contentType(format.type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    static byte[] csv(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            printer.printRecord(escaped(table.headers()));
            for (List<String> row : table.rows()) {
                printer.printRecord(escaped(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(ExportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Bảng");
            write(sheet.createRow(0), table.headers());
            for (int i = 0; i < table.rows().size(); i++) {
                write(sheet.createRow(i + 1), table.rows().get(i));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(SpreadsheetText.escapeOrEmpty(cells.get(i)));
        }
    }

    private static List<String> escaped(List<String> cells) {
        return cells.stream().map(SpreadsheetText::escapeOrEmpty).toList();
    }
}
