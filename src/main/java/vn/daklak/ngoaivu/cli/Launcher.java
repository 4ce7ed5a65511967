package vn.daklak.ngoaivu.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.daklak.ngoaivu.NgvhApplication;
import vn.daklak.ngoaivu.dashboard.DashboardCommands;
import vn.daklak.ngoaivu.read.PoiLimits;
import vn.daklak.ngoaivu.reference.ReferenceFileException;
import vn.daklak.ngoaivu.schedule.ScheduleProperties;

/**
 * Starts the program for one command: parses the command line, picks the database (the user's, or the embedded
 * default under {@code ./data/}), runs the command and turns the outcome into the exit code of SUBMISSION-FORMAT
 * section 7 (0 done, 1 the run failed, 2 bad usage, 3 another run holds the run lock, or another command the
 * embedded database: nothing was done).
 */
public final class Launcher {

    static final String USAGE = """
            Cách dùng: java -jar target/ngvh.jar [lệnh] [tùy chọn]
              run        nạp các tệp trong inbox rồi lập lại báo cáo các kỳ có thay đổi (lệnh mặc định)
              ingest     chỉ nạp các tệp trong inbox
              validate   TỆP...  kiểm tra tệp mà không nạp gì (chạy thử); mã thoát 1 nếu có tệp sẽ bị từ chối
              report     --year NĂM --period H1|YEAR  lập lại báo cáo của một kỳ
              template   --year NĂM [--agency MÃ]  ghi mẫu báo cáo trống theo kế hoạch của năm
              status     các lần chạy gần nhất và tình hình nộp báo cáo theo kỳ
              serve      mở bảng điều khiển trên web (mặc định http://127.0.0.1:8080)
              user       add TÊN --role VIEWER|OPERATOR|ADMIN | passwd TÊN | disable TÊN | list
                         quản lý người dùng bảng điều khiển (mật khẩu đọc từ đầu vào chuẩn)
              worker     tiến trình phụ nhận phần việc nạp qua RabbitMQ (khi máy chính đặt
                         --ngvh.ingest.remote-partitioning=true); cùng cơ sở dữ liệu và thư mục
            Tùy chọn: --input THƯ_MỤC (mặc định ./input), --output THƯ_MỤC (mặc định ./output)
            Cơ sở dữ liệu: --spring.datasource.url=jdbc:postgresql://máy:cổng/csdl --spring.datasource.username=…
              (hoặc biến môi trường SPRING_DATASOURCE_URL, hoặc tệp config/application.properties);
              nếu không chỉ định, dùng PostgreSQL nhúng trong ./data/ (chỉ trên Linux x86-64)
            Mã thoát: 0 xong, 1 lỗi, 2 sai cách dùng, 3 đang có lệnh khác chạy""";

    private Launcher() {
    }

    public static int run(String[] given) {
        if (Utf8Relaunch.needed()) {
            java.util.Optional<Integer> child = Utf8Relaunch.run(given);
            if (child.isPresent()) {
                return child.get();
            }
        }
        String[] args = Utf8Relaunch.arguments(given);
        PoiLimits.apply();   // before anything can touch POI, so its scratch files go to this user's folder
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        java.util.Optional<String> refusal = StartChecks.fileNameRefusal();
        if (refusal.isPresent()) {
            out.println(refusal.get());
            return 2;
        }
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        refusal = StartChecks.refusal(line);
        if (refusal.isPresent()) {
            out.println(refusal.get());
            return 2;
        }
        FailureReport failures = new FailureReport(logFile(line));
        try {
            return switch (line.command()) {
                case HELP -> {
                    out.println(USAGE);
                    yield 0;
                }
                case SERVE -> withDatabase(line, serveArguments(args, line), out);
                case VALIDATE, TEMPLATE -> {
                    OfflineLogging.toFile(logFile(line));
                    yield OfflineCommands.execute(line, out);
                }
                case WORKER -> withDatabase(line, workerArguments(args), out);
                default -> withDatabase(line, args, out);
            };
        } catch (ReferenceFileException e) {
            out.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            return failures.report(line.command(), e, out);
        }
    }

    private static int withDatabase(CommandLine line, String[] args, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NgvhApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                // defaults only: any setting of the user's own (arguments, files, environment) wins
                .properties("logging.file.name=" + logFile(line),
                        "ngvh.embedded-database.join-running=" + (line.command() == CommandLine.Command.STATUS))
                .initializers(c -> c.getBeanFactory().registerSingleton("console", out))
                .run(args)) {
            return context.getBean(Commands.class).execute(line, out);
        }
    }

    // serve's scheduled runs use the same folders as its "run now"
    private static String[] serveArguments(String[] args, CommandLine line) {
        return Stream.concat(
                Arrays.stream(DashboardCommands.webArguments(args, line.input(), line.output())),
                Arrays.stream(ScheduleProperties.arguments(line.input(), line.output()))).toArray(String[]::new);
    }

    /** A worker turns its RabbitMQ listener on; defaults first, so the user's own arguments still win. */
    private static String[] workerArguments(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = "--ngvh.ingest.worker=true";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    private static Path logFile(CommandLine line) {
        return line.output().resolve("logs").resolve("ngvh.log");
    }
}
