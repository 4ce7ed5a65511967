package vn.daklak.ngoaivu.dashboard.pages;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.support.VietnamTime;

/** The years the selectors offer, and the view a page opens on when its URL names none. */
@ServletOnly
@Component
class PeriodChoices {

    private final JdbcClient jdbc;

    PeriodChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Years with a plan or a received file, newest first; the current year when there are none. */
    List<Integer> years() {
        List<Integer> years = jdbc.sql("""
                SELECT year FROM plan_task UNION SELECT year FROM submission WHERE year IS NOT NULL ORDER BY 1 DESC""")
                .query(Integer.class).list();
        return years.isEmpty() ? List.of(LocalDate.now(VietnamTime.ZONE).getYear()) : years;
    }

    /** The requested view; a missing or unreadable part is replaced by the latest year and period with files. */
    Selection resolve(String year, String period) {
        Integer chosenYear = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        Period chosenPeriod = period == null ? null : Period.parse(period).orElse(null);
        if (chosenYear != null && chosenPeriod != null) {
            return new Selection(chosenYear, chosenPeriod);
        }
        Selection latest = latest();
        return new Selection(chosenYear == null ? latest.year() : chosenYear,
                chosenPeriod == null ? latest.period() : chosenPeriod);
    }

    private Selection latest() {
        return jdbc.sql("""
                SELECT year, period FROM submission WHERE year IS NOT NULL AND period IS NOT NULL
                 ORDER BY year DESC, period = 'YEAR' DESC LIMIT 1""")
                .query((rs, n) -> new Selection(rs.getInt("year"), Period.valueOf(rs.getString("period"))))
                .optional().orElseGet(() -> new Selection(years().get(0), Period.YEAR));
    }
}
