package vn.daklak.ngoaivu.dashboard.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.normalize.Countries;

/**
 * Numbers and dates in Vietnamese form, whatever the page language and the server's locale: 1.250.000 đồng,
 * 85,3%, 15/12/2024. Templates reach it as {@code @formats}.
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String count(Number value) {
        return value == null ? "" : grouped().format(value.longValue());
    }

    public String money(Number dong) {
        return dong == null ? "" : count(dong) + " đồng";
    }

    /** A percentage to one decimal with a decimal comma; blank when there is no rate. */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.0", symbols());
        return format.format(value) + "%";
    }

    /** A change with its sign: "+3", "−2" (a true minus sign), "0". */
    public String change(long delta) {
        return delta > 0 ? "+" + count(delta) : delta < 0 ? "−" + count(-delta) : "0";
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

    private static DecimalFormat grouped() {
        return new DecimalFormat("#,##0", symbols());
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        return symbols;
    }
}
