package vn.daklak.ngoaivu.dashboard;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.support.VietnamTime;

/** The audit log: appended to by sign-in, jobs, uploads, downloads and user changes; read by administrators. */
@Component
public class AuditLog {

    /** The user name recorded for actions taken on the server's command line. */
    static final String COMMAND_LINE = "(dòng lệnh)";

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends one entry; {@code client} is the remote address, or null for the command line. */
    public void record(String username, AuditAction action, String detail, String client) {
        jdbc.sql("INSERT INTO audit_log (username, action, detail, client) VALUES (?, ?, ?, ?)")
                .params(username, action.name(), detail, client).update();
    }

    /** The latest entries first, their times in Vietnam time. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("""
                SELECT at AT TIME ZONE :zone AS at, username, action, detail, client
                  FROM audit_log ORDER BY id DESC LIMIT :limit""")
                .param("zone", VietnamTime.ZONE.getId()).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getObject("at", LocalDateTime.class), rs.getString("username"),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("detail"), rs.getString("client")))
                .list();
    }

    /** One audit entry; {@code at} is Vietnam wall time. */
    public record Entry(LocalDateTime at, String username, AuditAction action, String detail, String client) {
    }
}
