package vn.daklak.ngoaivu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.reference.ReferenceFileException;
import vn.daklak.ngoaivu.reference.ReferenceFiles;

/**
 * What must hold before a command starts anything, the embedded database included: file names read as UTF-8,
 * the input folder (with {@code inbox/} for {@code run} and {@code ingest}), an output folder that can be written,
 * the files given to {@code validate}, the plan of the year for {@code report} and {@code template}. Each refusal is one
 * Vietnamese line naming the absolute path and what to do; checking creates nothing.
 */
final class StartChecks {

    private StartChecks() {
    }

    /** Checked before the command line is even parsed: a file name given on it may not survive the decoding. */
    static Optional<String> fileNameRefusal() {
        return fileNames(System.getProperty("sun.jnu.encoding"));
    }

    /** The first reason not to start {@code line}, if any. */
    static Optional<String> refusal(CommandLine line) {
        CommandLine.Command command = line.command();
        return Stream.<Supplier<Optional<String>>>of(
                        () -> needsInput(command) ? input(line.input(), needsInbox(command)) : Optional.empty(),
                        () -> writesOutput(command) ? output(line.output()) : Optional.empty(),
                        () -> files(line),
                        () -> needsPlan(command) ? plan(line.input(), line.year()) : Optional.empty())
                .map(Supplier::get).flatMap(Optional::stream).findFirst();
    }

    private static String noPlan(Path input, int year) {
        return "Chưa có kế hoạch năm " + year + " (thiếu tệp " + absolute(input.resolve("plans/plan-" + year
                + "-tasks.csv")) + "): hãy đặt tệp kế hoạch của năm vào đó rồi chạy lại.";
    }

    /**
     * The JVM reads and writes file names in the locale's encoding, fixed at start: under the POSIX locale a
     * Vietnamese file name cannot even be opened, so the program stops before it loses a file.
     */
    static Optional<String> fileNames(String encoding) {
        if ("UTF-8".equalsIgnoreCase(encoding)) {
            return Optional.empty();
        }
        return Optional.of("Hệ thống đang dùng bảng mã " + encoding + " cho tên tệp nên không đọc được tên tệp tiếng"
                + " Việt: hãy chạy với bảng mã UTF-8, ví dụ LC_ALL=C.UTF-8 java -jar target/ngvh.jar …");
    }

    private static Optional<String> input(Path input, boolean inbox) {
        if (!Files.isDirectory(input)) {
            return Optional.of("Không có thư mục dữ liệu vào " + absolute(input) + ": hãy cd tới thư mục chứa"
                    + " input/ hoặc chỉ định --input THƯ_MỤC.");
        }
        if (inbox && !Files.isDirectory(input.resolve("inbox"))) {
            return Optional.of("Thư mục dữ liệu vào " + absolute(input) + " không có thư mục con inbox/: hãy kiểm tra"
                    + " lại --input (thư mục chứa inbox/, reference/, plans/).");
        }
        return Optional.empty();
    }

    /** The output folder, or the nearest folder it would be created in, must be a folder this user can write. */
    private static Optional<String> output(Path output) {
        Path existing = output.toAbsolutePath().normalize();
        while (!Files.exists(existing) && existing.getParent() != null) {
            existing = existing.getParent();
        }
        if (Files.isDirectory(existing) && Files.isWritable(existing)) {
            return Optional.empty();
        }
        String why = Files.isDirectory(existing) ? "không có quyền ghi vào " + existing
                : existing + " không phải là thư mục";
        return Optional.of("Không ghi được vào thư mục kết quả " + absolute(output) + " (" + why + "): hãy chỉ định"
                + " --output THƯ_MỤC ghi được.");
    }

    private static Optional<String> files(CommandLine line) {
        return line.files().stream().filter(file -> !Files.isRegularFile(file)).findFirst()
                .map(file -> (Files.isDirectory(file) ? absolute(file) + " là thư mục, không phải tệp"
                        : "Không có tệp " + absolute(file)) + ": hãy kiểm tra tên và đường dẫn của tệp cần kiểm tra.");
    }

    private static Optional<String> plan(Path input, int year) {
        try {
            return ReferenceFiles.read(input).tasks(year).isEmpty() ? Optional.of(noPlan(input, year))
                    : Optional.empty();
        } catch (ReferenceFileException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static boolean needsInput(CommandLine.Command command) {
        return switch (command) {
            case RUN, INGEST, VALIDATE, TEMPLATE, REPORT -> true;
            default -> false;
        };
    }

    private static boolean needsPlan(CommandLine.Command command) {
        return command == CommandLine.Command.REPORT || command == CommandLine.Command.TEMPLATE;
    }

    private static boolean needsInbox(CommandLine.Command command) {
        return command == CommandLine.Command.RUN || command == CommandLine.Command.INGEST;
    }

    /** Every command that starts Spring logs into {@code output/logs}; {@code template} writes its workbook there. */
    private static boolean writesOutput(CommandLine.Command command) {
        return switch (command) {
            case RUN, INGEST, REPORT, TEMPLATE, STATUS -> true;
            default -> false;
        };
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
