package vn.daklak.ngoaivu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * The command line of SUBMISSION-FORMAT section 7, parsed. Options Spring reads itself ({@code --spring.*},
 * {@code --ngvh.*}, {@code --logging.*}, {@code --server.*}, {@code --management.*}) are passed through untouched.
 */
record CommandLine(Command command, Path input, Path output, Integer year, Period period, String agency,
                   List<Path> files, String role, List<String> words) {

    private static final java.util.Set<String> OPTIONS = java.util.Set.of("--input", "--output", "--year", "--period",
            "--agency", "--role");

    /** The commands, {@code run} being the default. */
    enum Command {
        RUN, INGEST, VALIDATE, REPORT, TEMPLATE, SERVE, USER, STATUS, HELP, WORKER;

        /** Whether the command needs the database (and so Spring and maybe the embedded server). */
        boolean needsDatabase() {
            return this == RUN || this == INGEST || this == REPORT || this == STATUS || this == SERVE
                    || this == USER || this == WORKER;
        }
    }

    static CommandLine parse(String... args) {
        Command command = null;
        Path input = Path.of("input");
        Path output = Path.of("output");
        Integer year = null;
        Period period = null;
        String agency = null;
        String role = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (isSpringOption(arg)) {
                continue;
            }
            boolean option = arg.startsWith("--") && OPTIONS.contains(optionName(arg));
            String value = null;
            if (option) {
                value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : next(args, i++, arg);
            }
            switch (option ? optionName(arg) : arg) {
                case "--input" -> input = Path.of(value);
                case "--output" -> output = Path.of(value);
                case "--year" -> year = year(value);
                case "--period" -> period = period(value);
                case "--agency" -> agency = value.toUpperCase(Locale.ROOT);
                case "--role" -> role = value.toUpperCase(Locale.ROOT);
                case "-h", "--help", "help" -> command = Command.HELP;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("Không hiểu tùy chọn \"" + arg + "\".");
                    } else if (command == null) {
                        command = command(arg);
                    } else {
                        positional.add(arg);
                    }
                }
            }
        }
        Command chosen = command == null ? Command.RUN : command;
        // the user command's words are a sub-command and a user name, not files
        List<Path> files = chosen == Command.USER ? List.of() : positional.stream().map(Path::of).toList();
        List<String> words = chosen == Command.USER ? List.copyOf(positional) : List.of();
        return validated(new CommandLine(chosen, input, output, year, period, agency, files, role, words));
    }

    private static CommandLine validated(CommandLine line) {
        switch (line.command) {
            case VALIDATE -> require(!line.files.isEmpty(), "Lệnh validate cần ít nhất một tệp: validate TỆP...");
            case REPORT -> require(line.year != null && line.period != null,
                    "Lệnh report cần --year NĂM và --period H1|YEAR, ví dụ: report --year 2024 --period YEAR");
            case TEMPLATE -> require(line.year != null, "Lệnh template cần --year NĂM, ví dụ: template --year 2024");
            case USER -> require(!line.words.isEmpty(), "Lệnh user cần một việc: user add TÊN --role VIEWER|OPERATOR|ADMIN,"
                    + " user passwd TÊN, user disable TÊN hoặc user list");
            default -> require(line.files.isEmpty(), "Lệnh " + line.command.name().toLowerCase(Locale.ROOT)
                    + " không nhận tên tệp: " + line.files);
        }
        return line;
    }

    Optional<String> agencyCode() {
        return Optional.ofNullable(agency);
    }

    private static boolean isSpringOption(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--ngvh.") || arg.startsWith("--logging.")
                || arg.startsWith("--server.") || arg.startsWith("--management.") || arg.startsWith("--debug");
    }

    private static String optionName(String arg) {
        return arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    }

    private static String next(String[] args, int i, String name) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException("Tùy chọn " + name + " cần một giá trị.");
        }
        return args[i + 1];
    }

    private static Command command(String arg) {
        try {
            return Command.valueOf(arg.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("Không có lệnh \"" + arg + "\".");
        }
    }

    private static int year(String value) {
        if (!value.matches("\\d{4}")) {
            throw new UsageException("Năm phải có 4 chữ số, ví dụ --year 2024 (đã nhận \"" + value + "\").");
        }
        return Integer.parseInt(value);
    }

    private static Period period(String value) {
        return Period.parse(value).orElseThrow(() -> new UsageException(
                "Kỳ báo cáo phải là H1 (6 tháng) hoặc YEAR (cả năm), đã nhận \"" + value + "\"."));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new UsageException(message);
        }
    }

    /** Bad usage: exit code 2 with the message and the usage text. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
