package vn.daklak.ngoaivu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@DashboardTest
class UserCommandTest {

    @Autowired
    private DashboardCommands commands;
    @Autowired
    private JdbcClient jdbc;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void empty() {
        new DashboardTestData(jdbc, commands).reset();
    }

    @Test
    void firstServeOnAnEmptyUserTableSaysHowToCreateTheFirstAdministrator() {
        commands.announce(out());
        assertThat(printed()).contains("Chưa có người dùng nào nên chưa ai đăng nhập được.")
                .contains("java -jar target/ngvh.jar user add TÊN --role ADMIN");

        run("add", "quantri", "ADMIN", "mat-khau-quan-tri");
        console.reset();
        commands.announce(out());
        assertThat(printed()).doesNotContain("Chưa có người dùng");
    }

    @Test
    void addStoresABcryptHashOfThePasswordReadFromStandardInput() {
        assertThat(run("add", "nguyen.van.a", "operator", "mat-khau-dai-du")).isZero();

        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'nguyen.van.a'")
                .query(String.class).single();
        assertThat(hash).startsWith("$2a$").doesNotContain("mat-khau-dai-du");
        assertThat(new BCryptPasswordEncoder().matches("mat-khau-dai-du", hash)).isTrue();
        assertThat(jdbc.sql("SELECT role FROM app_user").query(String.class).single()).isEqualTo("OPERATOR");
        assertThat(printed()).isEqualTo("Đã tạo người dùng nguyen.van.a với vai trò OPERATOR.\n");
        assertThat(jdbc.sql("SELECT username || ' ' || action || ' ' || detail FROM audit_log").query(String.class)
                .single()).isEqualTo("(dòng lệnh) USER_ADDED nguyen.van.a (OPERATOR)");
    }

    @Test
    void badInputIsRefusedWithTheWayToFixIt() {
        assertThat(run("add", "Nguyễn", "VIEWER", "mat-khau-dai-du")).isEqualTo(2);
        assertThat(printed()).contains("Tên người dùng \"Nguyễn\" không hợp lệ");
        assertThat(run("add", "xem", "BOSS", "mat-khau-dai-du")).isEqualTo(2);
        assertThat(printed()).contains("Cần --role VIEWER, OPERATOR hoặc ADMIN (đã nhận \"BOSS\")");
        assertThat(run("add", "xem", "VIEWER", "ngan")).isEqualTo(2);
        assertThat(printed()).contains("Mật khẩu cần ít nhất 10 ký tự");
        assertThat(run("passwd", "khong-co", null, "mat-khau-dai-du")).isEqualTo(2);
        assertThat(printed()).contains("Không có người dùng khong-co");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single()).isZero();
    }

    @Test
    void disabledUserIsListedAsSuchAndANewPasswordEnablesItAgain() {
        run("add", "xem", "VIEWER", "mat-khau-dai-du");
        assertThat(commands.user(List.of("disable", "xem"), null, DashboardTestData.stdin(""), out())).isZero();
        console.reset();
        commands.user(List.of("list"), null, DashboardTestData.stdin(""), out());
        assertThat(printed()).isEqualTo("  xem  VIEWER  (đã vô hiệu hóa)\n");

        run("passwd", "xem", null, "mat-khau-moi-dai");
        console.reset();
        commands.user(List.of("list"), null, DashboardTestData.stdin(""), out());
        assertThat(printed()).isEqualTo("  xem  VIEWER\n");
        assertThat(jdbc.sql("SELECT action FROM audit_log ORDER BY id").query(String.class).list())
                .containsExactly("USER_ADDED", "USER_DISABLED", "PASSWORD_CHANGED");
    }

    private int run(String action, String name, String role, String password) {
        console.reset();
        return commands.user(List.of(action, name), role, DashboardTestData.stdin(password), out());
    }

    private PrintStream out() {
        return new PrintStream(console, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
