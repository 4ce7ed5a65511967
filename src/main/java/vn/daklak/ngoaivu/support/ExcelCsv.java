package vn.daklak.ngoaivu.support;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files people open in Excel (exports and agency feedback): UTF-8 with a BOM so Excel shows the Vietnamese
 * text, fields separated by {@code ;} and decimals written with {@code ,}, as Excel expects them under Windows'
 * Vietnamese regional settings (list separator {@code ;}, decimal symbol {@code ,}) when a file is opened by a double
 * click. Whole numbers carry no grouping, dates are ISO ({@code 2024-06-10}, {@code 2024-06-10 08:30}): Excel and
 * programs read both in any locale. Text is escaped against formula injection; quoting follows RFC 4180.
 */
public final class ExcelCsv {

    public static final char SEPARATOR = ';';
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(SEPARATOR).get();
    private static final char BOM = '\uFEFF';
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExcelCsv() {
    }

    /** Opens {@code file} for writing, BOM written, with {@code headers} as its first record. */
    public static CSVPrinter open(Path file, Iterable<String> headers) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(headers);
            return printer;
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** One field: empty for null, decimals with a comma, text escaped, anything else as {@code toString()}. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString().replace('.', ',');
        } else if (value instanceof Double || value instanceof Float) {
            return field(BigDecimal.valueOf(((Number) value).doubleValue()));
        } else if (value instanceof LocalDateTime time) {
            return time.format(DATE_TIME);
        } else if (value instanceof CharSequence text) {
            return SpreadsheetText.escape(text.toString());
        }
        return value.toString();
    }
}
