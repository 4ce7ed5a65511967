package vn.daklak.ngoaivu.dashboard.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Countries;
import vn.daklak.ngoaivu.support.VietnameseNumbers;

/**
 * Numbers and dates in Vietnamese form, whatever the page language and the server's locale: 1.250.000 đồng,
 * 85,3%, 15/12/2024, through the one number formatter every report uses ({@link VietnameseNumbers}). Templates reach
 * it as {@code @formats}.
 */
@ServletOnly
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** One per request thread: a format is not thread-safe, and building one per number cost more than the page. */
    private static final ThreadLocal<NumberFormat> PERCENT = ThreadLocal.withInitial(() -> {
        NumberFormat format = VietnameseNumbers.format(1);
        format.setMinimumFractionDigits(1);
        return format;
    });

    public String count(Number value) {
        return value == null ? "" : VietnameseNumbers.whole(value.longValue());
    }

    public String money(Number dong) {
        return dong == null ? "" : count(dong) + " đồng";
    }

    /** A percentage to one decimal with a decimal comma; blank when there is no rate. */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return PERCENT.get().format(value) + "%";
    }

    /** A change with its sign: "+3", "−2" (a true minus sign), "0". */
    public String change(long delta) {
        return delta > 0 ? "+" + count(delta) : delta < 0 ? "−" + count(-delta) : "0";
    }

    /** A scorecard change: "+2", "−12,5 điểm %" for a change of a percentage; blank when there is none. */
    public String scoreChange(BigDecimal delta, boolean percentagePoints) {
        if (delta == null) {
            return "";
        }
        if (!percentagePoints) {
            return change(delta.longValue());
        }
        String sign = delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "";
        return sign + percent(delta.abs()).replace("%", " điểm %");
    }

    public String moneyChange(long delta) {
        return change(delta) + " đồng";
    }

    /** A country's Vietnamese name from its ISO code, as the reports write it. */
    public String country(String iso) {
        return iso == null ? "" : Countries.vietnameseName(iso);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? "" : MINUTE.format(time);
    }
}
