package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.support.VietnameseNumbers;

/**
 * How long each part of a report set took, for the log: what to look at first when a report grows slow. Parts run on
 * two threads, so their times add up to more than the set's.
 */
final class PhaseTimes {

    /** A part that writes a file (or several). */
    @FunctionalInterface
    interface Part<T> {
        T run() throws IOException;
    }

    private final Map<String, Long> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    <T> T timed(String name, Part<T> part) throws IOException {
        order.putIfAbsent(name, order.size());
        long start = System.nanoTime();
        try {
            return part.run();
        } finally {
            nanos.put(name, System.nanoTime() - start);
        }
    }

    /** "biểu đồ 0,52; csv 0,03; …" in the order the parts started, seconds to the hundredth. */
    @Override
    public String toString() {
        return nanos.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> order.get(a) - order.get(b)))
                .map(e -> e.getKey() + " " + VietnameseNumbers.decimal(BigDecimal.valueOf(e.getValue() / 10_000_000, 2)))
                .collect(Collectors.joining("; "));
    }
}
