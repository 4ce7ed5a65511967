package vn.daklak.ngoaivu.chart;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/** The one rule every dataset shares: only the current accepted submission of each (agency, year, period) counts. */
final class CurrentSubmissions {

    /** Condition on {@code submission s}; binds {@code :year} and {@code :period} (see {@link #bind}). */
    static final String WHERE = "s.status = 'ACCEPTED' AND s.is_current AND s.year = :year AND s.period = :period";

    private CurrentSubmissions() {
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, int year, Period period) {
        return statement.param("year", year).param("period", period.name());
    }
}
