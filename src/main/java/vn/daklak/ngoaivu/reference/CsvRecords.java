package vn.daklak.ngoaivu.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.daklak.ngoaivu.normalize.MoneyParser;
import vn.daklak.ngoaivu.normalize.Parsed;
import vn.daklak.ngoaivu.normalize.VietText;

/** Reads one reference CSV (UTF-8, optional BOM, header row, RFC 4180) and types its cells, naming line and column on error. */
final class CsvRecords {

    private final String file;
    private final CSVRecord record;

    private CsvRecords(String file, CSVRecord record) {
        this.file = file;
        this.record = record;
    }

    static <T> List<T> read(Path path, List<String> requiredColumns, Function<CsvRecords, T> mapper) {
        String file = path.getFileName().toString();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(skipBom(reader), format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new ReferenceFileException(file, 1, column, "thiếu cột \"" + column + "\" ở dòng tiêu đề (cần: "
                            + String.join(",", requiredColumns) + ").");
                }
            }
            List<T> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new ReferenceFileException(file, record.getRecordNumber() + 1, null, "số ô (" + record.size()
                            + ") khác số cột của dòng tiêu đề (" + header.size() + "); kiểm tra dấu phẩy và dấu ngoặc kép.");
                }
                rows.add(mapper.apply(new CsvRecords(file, record)));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ReferenceFileException(file, 0, null, "không đọc được tệp (" + e.getMessage() + ").");
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    String text(String column) {
        return VietText.clean(record.get(column));
    }

    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw error(column, "ô bắt buộc đang để trống.");
        }
        return value;
    }

    List<String> list(String column) {
        String value = text(column);
        return value.isEmpty() ? List.of()
                : Arrays.stream(value.split("\\|")).map(VietText::clean).filter(s -> !s.isEmpty()).toList();
    }

    LocalDate date(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(column, "\"" + value + "\" không phải ngày dạng yyyy-mm-dd (ví dụ 2024-01-31).");
        }
    }

    boolean bool(String column) {
        String value = text(column).toLowerCase();
        return switch (value) {
            case "true", "1", "yes", "có", "x" -> true;
            case "false", "0", "no", "không", "" -> false;
            default -> throw error(column, "\"" + value + "\" phải là true hoặc false.");
        };
    }

    /** Whole đồng, read by the workbooks' own {@link MoneyParser} ("1.250.000.000", "1,25 tỷ"); null when blank. */
    Long money(String column) {
        Parsed<Long> amount = MoneyParser.parse(text(column), 1);
        if (amount.failed()) {
            throw error(column, amount.error());
        }
        return amount.value();
    }

    int integer(String column) {
        try {
            return Integer.parseInt(required(column));
        } catch (NumberFormatException e) {
            throw error(column, "\"" + text(column) + "\" không phải số nguyên.");
        }
    }

    ReferenceFileException error(String column, String problem) {
        return new ReferenceFileException(file, record.getRecordNumber() + 1, column, problem);
    }
}
