package vn.daklak.ngoaivu.dashboard.pages;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.support.VietnamTime;

/** Every file an agency sent for a period, and the counts of files behind the grid (table {@code submission}). */
@ServletOnly
@Component
class SubmissionHistory {

    private final JdbcClient jdbc;

    SubmissionHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One received file; {@code receivedAt} is Vietnam time. */
    record File(long id, String fileName, LocalDateTime receivedAt, String status, boolean current,
                Long supersededBy, int errors, int warnings, boolean hasFeedback, List<Problem> problems) {

        /** ACCEPTED, REJECTED, LOADING, or SUPERSEDED for an accepted file a later version replaced. */
        public String outcome() {
            return "ACCEPTED".equals(status) && supersededBy != null ? "SUPERSEDED" : status;
        }
    }

    /** One problem found in a file, as the agency's feedback file lists it. */
    record Problem(String severity, String sheet, Integer row, String column, String rawValue, String message) {
    }

    /** Files received and files superseded, by agency code and period, for one year. */
    record Counts(int files, int superseded) {
    }

    Map<String, Counts> counts(int year, Period period) {
        return jdbc.sql("""
                SELECT agency_code, count(*) AS files, count(superseded_by) AS superseded FROM submission
                 WHERE year = ? AND period = ? AND agency_code IS NOT NULL GROUP BY agency_code""")
                .params(year, period.name())
                .query((rs, n) -> Map.entry(rs.getString("agency_code"),
                        new Counts(rs.getInt("files"), rs.getInt("superseded"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The agency's files for the period, oldest first, each with its problems. */
    List<File> files(String agency, int year, Period period) {
        Map<Long, List<Problem>> problems = problems(agency, year, period);
        return jdbc.sql("""
                SELECT id, file_name, received_at AT TIME ZONE :zone AS received_at, status, is_current,
                       superseded_by, error_count, warning_count, feedback_path IS NOT NULL AS has_feedback
                  FROM submission WHERE agency_code = :agency AND year = :year AND period = :period
                 ORDER BY received_at, id""")
                .param("zone", VietnamTime.ZONE.getId()).param("agency", agency).param("year", year)
                .param("period", period.name())
                .query((rs, n) -> new File(rs.getLong("id"), rs.getString("file_name"),
                        rs.getObject("received_at", LocalDateTime.class), rs.getString("status"),
                        rs.getBoolean("is_current"), (Long) rs.getObject("superseded_by"), rs.getInt("error_count"),
                        rs.getInt("warning_count"), rs.getBoolean("has_feedback"),
                        problems.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private Map<Long, List<Problem>> problems(String agency, int year, Period period) {
        return jdbc.sql("""
                SELECT p.submission_id, p.severity, p.sheet, p.row_no, p.column_name, p.raw_value, p.message
                  FROM problem p JOIN submission s ON s.id = p.submission_id
                 WHERE s.agency_code = ? AND s.year = ? AND s.period = ?
                 ORDER BY p.submission_id, p.row_no NULLS FIRST, p.id""")
                .params(agency, year, period.name())
                .query((rs, n) -> Map.entry(rs.getLong("submission_id"), new Problem(rs.getString("severity"),
                        rs.getString("sheet"), (Integer) rs.getObject("row_no"), rs.getString("column_name"),
                        rs.getString("raw_value"), rs.getString("message"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
