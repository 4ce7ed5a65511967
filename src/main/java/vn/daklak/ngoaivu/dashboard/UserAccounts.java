package vn.daklak.ngoaivu.dashboard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The dashboard's users in table {@code app_user}: bcrypt hashes, a role, and the failed-login lock. */
@Component
public class UserAccounts {

    /** Lower-case letters, digits, dot, dash and underscore; 2 to 40 characters (the table's own check). */
    static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,39}";
    static final int MIN_PASSWORD_LENGTH = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder = new BCryptPasswordEncoder();
    private final DashboardProperties properties;

    UserAccounts(JdbcClient jdbc, DashboardProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    PasswordEncoder encoder() {
        return encoder;
    }

    /** A user as stored; {@code lockedUntil} is null when not locked. */
    public record Account(String username, Role role, boolean enabled, int failedLogins, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    public List<Account> list() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query((rs, n) -> account(rs)).list();
    }

    Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username).query((rs, n) -> account(rs))
                .optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class)
                .optional();
    }

    void add(String username, Role role, String password) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, role) VALUES (?, ?, ?)")
                .params(username, encoder.encode(password), role.name()).update();
    }

    /** Sets a new password, enables the account again and lifts any lock. */
    boolean changePassword(String username, String password) {
        return jdbc.sql("""
                UPDATE app_user SET password_hash = ?, enabled = TRUE, failed_logins = 0, locked_until = NULL,
                       changed_at = now() WHERE username = ?""")
                .params(encoder.encode(password), username).update() == 1;
    }

    /** Disables the account; false when there is no such user. */
    public boolean disable(String username) {
        return jdbc.sql("UPDATE app_user SET enabled = FALSE, changed_at = now() WHERE username = ?")
                .param(username).update() == 1;
    }

    /**
     * Counts a wrong password; the one that reaches the limit locks the account for the configured time. The count
     * is cleared only by a successful sign-in or a new password, so after a lock ends each further wrong password
     * locks again.
     */
    void recordFailure(String username, Instant now) {
        jdbc.sql("""
                UPDATE app_user SET failed_logins = failed_logins + 1,
                       locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END
                 WHERE username = :name""")
                .param("max", properties.maxFailedLogins())
                .param("until", OffsetDateTime.ofInstant(now.plus(properties.lockFor()), ZoneOffset.UTC))
                .param("name", username).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ?").param(username)
                .update();
    }

    private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Account(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), locked == null ? null : locked.toInstant());
    }
}
