package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.support.VietnameseNumbers;

/** How values are written inside messages to agencies (Vietnamese number and date conventions), and shared lines. */
final class Messages {

    /** A file whose processing broke on our side: the details are for the log, not for the console. */
    static final String FAILED_LEFT = "xử lý thất bại do lỗi của hệ thống (không phải do nội dung tệp), tệp để lại "
            + "trong inbox để lần chạy sau thử lại; chi tiết ghi trong tệp nhật ký ngvh.log.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Messages() {
    }

    /** {@code 1250000000} → {@code 1.250.000.000}. */
    static String number(long value) {
        return VietnameseNumbers.whole(value);
    }

    static String number(BigDecimal value) {
        return VietnameseNumbers.decimal(value);
    }

    static String date(LocalDate date) {
        return date.format(DAY);
    }

    /** {@code "a", "b", "c"} for a list of names. */
    static String quoted(Collection<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
    }
}
