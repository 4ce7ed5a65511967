package vn.daklak.ngoaivu.normalize;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-row normalisations of an event or spending row, over values as agencies write them: cached (what the ingest
 * calls) against the computation itself, and the money and date parsers of text cells.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NormalizeBenchmark {

    private static final List<String> TYPES = List.of("Giao lưu văn hóa nghệ thuật", "Hội chợ, triển lãm", "Đoàn ra",
            "Xúc tiến", "  Hội nghị,  hội thảo ", "Đón đoàn quốc tế", "Khác", "Tuyên truyền");
    private static final List<String> COUNTRIES = List.of("Hàn Quốc", "Lào", "Campuchia", "KR", "Nhật Bản", "Thái Lan",
            "Hoa Kỳ", "LAO");
    private static final List<String> CODES = List.of("NV01", "nv 2", "NV-07", "NV12", "nv_3", "NV9", "NV 10", "NV04");
    private static final List<String> MONEY = List.of("1.250.000", "2,5 triệu", "300 nghìn đồng", "1.200.000.000",
            "15 triệu đồng", "750000", "1 tỷ 200 triệu", "45.000");
    private static final List<String> DATES = List.of("15/03/2024", "3/2024", "Quý II/2024", "01-12-2024",
            "2024-06-30", "tháng 7/2024", "5/5/2024", "31/12/2024");

    private int i;

    private int next() {
        i = (i + 1) & 7;
        return i;
    }

    @Benchmark
    public void eventTypeCached(Blackhole bh) {
        bh.consume(EventType.parse(TYPES.get(next())));
    }

    @Benchmark
    public void eventTypeUncached(Blackhole bh) {
        bh.consume(EventType.ALIASES.find(TYPES.get(next())));
    }

    @Benchmark
    public void countryCached(Blackhole bh) {
        bh.consume(Countries.toIso(COUNTRIES.get(next())));
    }

    @Benchmark
    public void countryUncached(Blackhole bh) {
        bh.consume(Countries.compute(COUNTRIES.get(next())));
    }

    @Benchmark
    public void taskCodeCached(Blackhole bh) {
        bh.consume(TaskCodes.normalize(CODES.get(next())));
    }

    @Benchmark
    public void taskCodeUncached(Blackhole bh) {
        bh.consume(TaskCodes.compute(CODES.get(next())));
    }

    @Benchmark
    public void cleanText(Blackhole bh) {
        bh.consume(VietText.clean(TYPES.get(next())));
    }

    @Benchmark
    public void moneyText(Blackhole bh) {
        bh.consume(MoneyParser.parse(MONEY.get(next()), 1));
    }

    @Benchmark
    public void moneyNumber(Blackhole bh) {
        bh.consume(MoneyParser.fromNumber(1_250_000.0 + next(), 1000));
    }

    @Benchmark
    public void dateText(Blackhole bh) {
        bh.consume(DateParser.parse(DATES.get(next())));
    }
}
