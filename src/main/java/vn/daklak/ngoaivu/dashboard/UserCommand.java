package vn.daklak.ngoaivu.dashboard;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code user add NAME --role ROLE}, {@code user passwd NAME}, {@code user disable NAME}, {@code user list}. A
 * password is read from the terminal without echo (asked twice), or as the first line of standard input when that is
 * not a terminal; never from the command line, where other users of the server could read it.
 */
@Component
class UserCommand {

    static final String USAGE = "Cách dùng: user add TÊN --role VIEWER|OPERATOR|ADMIN | user passwd TÊN"
            + " | user disable TÊN | user list";

    private final UserAccounts accounts;
    private final AuditLog audit;

    UserCommand(UserAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    int execute(List<String> words, String role, InputStream in, PrintStream out) {
        String action = words.get(0);
        if (action.equals("list") && words.size() == 1) {
            return list(out);
        }
        if (words.size() != 2 || !List.of("add", "passwd", "disable").contains(action)) {
            out.println("Không hiểu lệnh user " + String.join(" ", words) + ". " + USAGE);
            return 2;
        }
        String name = words.get(1);
        if (!name.matches(UserAccounts.NAME_PATTERN)) {
            out.println("Tên người dùng \"" + name + "\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số, dấu chấm,"
                    + " gạch ngang, gạch dưới; từ 2 đến 40 ký tự (ví dụ: nguyen.van.a).");
            return 2;
        }
        return switch (action) {
            case "add" -> add(name, role, in, out);
            case "passwd" -> passwd(name, in, out);
            default -> disable(name, out);
        };
    }

    private int add(String name, String roleText, InputStream in, PrintStream out) {
        Role role = roleText == null ? null : Role.parse(roleText).orElse(null);
        if (role == null) {
            out.println("Cần --role VIEWER, OPERATOR hoặc ADMIN (đã nhận " + (roleText == null ? "không có" : "\""
                    + roleText + "\"") + "). Ví dụ: user add " + name + " --role VIEWER");
            return 2;
        }
        if (accounts.find(name).isPresent()) {
            out.println("Người dùng " + name + " đã có. Đổi mật khẩu bằng: user passwd " + name);
            return 2;
        }
        String password = readPassword(name, in, out);
        if (password == null) {
            return 2;
        }
        accounts.add(name, role, password);
        audit.record(AuditLog.COMMAND_LINE, AuditAction.USER_ADDED, name + " (" + role + ")", null);
        out.println("Đã tạo người dùng " + name + " với vai trò " + role + ".");
        return 0;
    }

    private int passwd(String name, InputStream in, PrintStream out) {
        if (accounts.find(name).isEmpty()) {
            out.println("Không có người dùng " + name + ". Xem danh sách bằng: user list");
            return 2;
        }
        String password = readPassword(name, in, out);
        if (password == null) {
            return 2;
        }
        accounts.changePassword(name, password);
        audit.record(AuditLog.COMMAND_LINE, AuditAction.PASSWORD_CHANGED, name, null);
        out.println("Đã đổi mật khẩu của " + name + " (tài khoản được mở lại nếu đang bị khóa hoặc vô hiệu hóa).");
        return 0;
    }

    private int disable(String name, PrintStream out) {
        if (!accounts.disable(name)) {
            out.println("Không có người dùng " + name + ". Xem danh sách bằng: user list");
            return 2;
        }
        audit.record(AuditLog.COMMAND_LINE, AuditAction.USER_DISABLED, name, null);
        out.println("Đã vô hiệu hóa người dùng " + name + "; mở lại bằng: user passwd " + name);
        return 0;
    }

    private int list(PrintStream out) {
        List<UserAccounts.Account> users = accounts.list();
        if (users.isEmpty()) {
            out.println("Chưa có người dùng nào. " + DashboardCommands.FIRST_ADMIN_HINT);
        }
        users.forEach(u -> out.println("  " + u.username() + "  " + u.role() + (u.enabled() ? "" : "  (đã vô hiệu hóa)")
                + (u.lockedAt(java.time.Instant.now()) ? "  (đang tạm khóa)" : "")));
        return 0;
    }

    private static String readPassword(String name, InputStream in, PrintStream out) {
        Console console = System.console();
        String password;
        if (console != null && in == System.in) {
            char[] first = console.readPassword("Mật khẩu cho %s: ", name);
            char[] again = console.readPassword("Nhập lại mật khẩu: ");
            if (first == null || !Arrays.equals(first, again)) {
                out.println("Hai lần nhập mật khẩu không khớp; chưa thay đổi gì.");
                return null;
            }
            password = new String(first);
        } else {
            password = firstLine(in);
        }
        if (password == null || password.length() < UserAccounts.MIN_PASSWORD_LENGTH) {
            out.println("Mật khẩu cần ít nhất " + UserAccounts.MIN_PASSWORD_LENGTH + " ký tự; chưa thay đổi gì.");
            return null;
        }
        return password;
    }

    private static String firstLine(InputStream in) {
        try {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
