package vn.daklak.ngoaivu.dashboard;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The command-line entry points of the dashboard: {@code serve} and {@code user}. */
@Component
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardCommands implements ApplicationListener<ContextClosedEvent> {

    static final String FIRST_ADMIN_HINT = "Tạo quản trị viên đầu tiên bằng lệnh (mật khẩu được hỏi, không ghi trên"
            + " dòng lệnh): java -jar target/ngvh.jar user add TÊN --role ADMIN";

    private final UserAccounts accounts;
    private final UserCommand users;
    private final Environment environment;
    private final CountDownLatch closed = new CountDownLatch(1);

    DashboardCommands(UserAccounts accounts, UserCommand users, Environment environment) {
        this.accounts = accounts;
        this.users = users;
        this.environment = environment;
    }

    /**
     * The command line of {@code serve}: the batch commands run without a web server, this one with one, reading the
     * reports and feedback files under {@code output} (the {@code --output} option) and starting runs on
     * {@code input} (the {@code --input} option).
     */
    public static String[] webArguments(String[] args, Path input, Path output) {
        return Stream.concat(Arrays.stream(args), Stream.of("--spring.main.web-application-type=servlet",
                "--ngvh.dashboard.output=" + output, "--ngvh.dashboard.input=" + input)).toArray(String[]::new);
    }

    /** Says where the dashboard listens, then serves until the application is stopped (Ctrl+C or a signal). */
    public int serve(PrintStream out) {
        announce(out);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Where the dashboard listens, and, while nobody can sign in yet, how to create the first administrator. */
    void announce(PrintStream out) {
        String address = environment.getProperty("server.address", "127.0.0.1");
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        out.println("Bảng điều khiển đang chạy tại http://" + address + ":" + port + "/ (dừng bằng Ctrl+C)");
        if (accounts.count() == 0) {
            out.println("Chưa có người dùng nào nên chưa ai đăng nhập được. " + FIRST_ADMIN_HINT);
        }
    }

    public int user(List<String> words, String role, InputStream in, PrintStream out) {
        return users.execute(words, role, in, out);
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closed.countDown();
    }
}
