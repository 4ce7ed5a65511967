package vn.daklak.ngoaivu.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.daklak.ngoaivu.read.PoiLimits;
import vn.daklak.ngoaivu.reference.ReferenceFileException;

/**
 * Starts the program for one command: parses the command line, picks the database (the user's, or the embedded
 * default under {@code ./data/}), runs the command and turns the outcome into the exit code of SUBMISSION-FORMAT
 * section 7 (0 done, 1 the run failed, 2 bad usage).
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
            Tùy chọn: --input THƯ_MỤC (mặc định ./input), --output THƯ_MỤC (mặc định ./output)
            Cơ sở dữ liệu: --spring.datasource.url=jdbc:postgresql://máy:cổng/csdl --spring.datasource.username=…
              (hoặc biến môi trường SPRING_DATASOURCE_URL); nếu không chỉ định, dùng PostgreSQL nhúng trong ./data/""";

    private Launcher() {
    }

    public static int run(String[] args) {
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
        try {
            return switch (line.command()) {
                case HELP -> {
                    out.println(USAGE);
                    yield 0;
                }
                case SERVE -> {
                    out.println("Lệnh serve (bảng điều khiển) chưa có trong phiên bản này.");
                    yield 2;
                }
                case VALIDATE, TEMPLATE -> OfflineCommands.execute(line, out);
                default -> withDatabase(line, args, out);
            };
        } catch (ReferenceFileException e) {
            out.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            out.println("Lỗi: " + e.getMessage() + " (chi tiết trong " + line.output().resolve("logs/ngvh.log") + ")");
            org.slf4j.LoggerFactory.getLogger(Launcher.class).error("Lệnh {} thất bại", line.command(), e);
            return 1;
        }
    }

    private static int withDatabase(CommandLine line, String[] args, PrintStream out) throws Exception {
        EmbeddedDatabase embedded = null;
        if (!DatabaseSettings.configured(args)) {
            if (EmbeddedDatabase.runningAsRoot()) {
                out.println(EmbeddedDatabase.ROOT_REFUSED);
                return 2;
            }
            out.println("Dùng PostgreSQL nhúng, dữ liệu lưu tại " + Path.of("data").toAbsolutePath());
            embedded = EmbeddedDatabase.start(Path.of("data"));
        }
        System.setProperty("logging.file.name", line.output().resolve("logs").resolve("ngvh.log").toString());
        PoiLimits.apply();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(vn.daklak.ngoaivu.NgvhApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(args)) {
            return context.getBean(Commands.class).execute(line, out);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
