package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.daklak.ngoaivu.normalize.DatePrecision;
import vn.daklak.ngoaivu.normalize.EventType;
import vn.daklak.ngoaivu.normalize.PartialDate;

/**
 * One 1,000-row chunk of event rows made into COPY input: the byte encoder (what {@code SheetCopy} sends) against the
 * CSV printer it replaced, and against the same encoding made as a String and turned into UTF-8 afterwards (what
 * pgjdbc's {@code copyIn(sql, Reader)} did with the text encoder's output before the stream per sheet).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CopyEncoderBenchmark {

    private final List<EventRow> rows = new ArrayList<>();

    @Setup
    public void rows() {
        for (int r = 0; r < 1000; r++) {
            LocalDate start = LocalDate.of(2024, 1 + r % 12, 1 + r % 28);
            rows.add(new EventRow(r + 5, "NV0" + (r % 9 + 1), "Giao lưu văn hóa nghệ thuật số " + r, EventType.GIAO_LUU,
                    new PartialDate(start, DatePrecision.DAY), start.plusDays(2), "Buôn Ma Thuột, Đắk Lắk", "KR",
                    r % 3 == 0 ? "KR-JB" : null, null, 100 + r % 300, r % 40, null, "Cồng chiêng Tây Nguyên",
                    r % 5 == 0 ? "Ghi chú\tcó tab" : null));
        }
    }

    private final CopyText reused = new CopyText(1 << 17);

    @Benchmark
    public int copyBytes() {
        reused.clear();
        for (EventRow row : rows) {
            reused.row(42L, RowTable.EVENTS.values().apply(row));
        }
        return reused.size();
    }

    @Benchmark
    public byte[] copyTextThenUtf8() {
        reused.clear();
        for (EventRow row : rows) {
            reused.row(42L, RowTable.EVENTS.values().apply(row));
        }
        return reused.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Benchmark
    public String csvPrinter() throws IOException {
        StringWriter csv = new StringWriter(rows.size() * 128);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (EventRow row : rows) {
                List<Object> values = new ArrayList<>(RowTable.EVENTS.values().apply(row));
                values.add(0, 42L);
                printer.printRecord(values);
            }
        }
        return csv.toString();
    }
}
