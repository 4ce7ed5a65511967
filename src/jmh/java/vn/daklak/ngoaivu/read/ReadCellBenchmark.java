package vn.daklak.ngoaivu.read;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.DateUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Per-cell work of reading an events row: a date cell (whole serial day, dd/mm/yyyy) and a Vietnamese text cell, as
 * the reader does them now against the JDK/POI calls they replaced (POI's Calendar day and DateTimeFormatter; the
 * JDK's NFC check on every text).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadCellBenchmark {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CellFormats formats = new CellFormats(false);
    private final String text = "Đoàn nghệ thuật tỉnh Đắk Lắk biểu diễn giao lưu tại tỉnh Jeonbuk (đợt 1)";
    private double serial = 45275;

    @Benchmark
    public CellValue dateCell() {
        serial = serial > 46000 ? 45275 : serial + 1;
        return formats.numeric(4, serial, 164, "dd/mm/yyyy");
    }

    @Benchmark
    public String dateCellAsBefore() {
        serial = serial > 46000 ? 45275 : serial + 1;
        LocalDateTime date = DateUtil.getLocalDateTime(serial, false);
        return DAY.format(date);
    }

    @Benchmark
    public String textCell() {
        return LegacyText.withoutFont(text);
    }

    @Benchmark
    public boolean nfcCheckAsBefore() {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    @Benchmark
    public boolean nfcQuickCheck() {
        return LegacyText.composedAsIs(text);
    }
}
