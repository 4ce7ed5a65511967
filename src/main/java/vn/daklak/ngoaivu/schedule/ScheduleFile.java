package vn.daklak.ngoaivu.schedule;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.support.VietnamTime;

/**
 * Reads one schedule file: {@code key=value} lines (or {@code key: value}), {@code #} or {@code !} comments, UTF-8.
 * Unlike {@link java.util.Properties} it keeps each key's line, so every fault names it, and it refuses what
 * Properties would silently accept (an unknown key, a key twice, a line without a value), because a typing mistake
 * in a schedule would otherwise show only as a job that never runs.
 */
final class ScheduleFile {

    static final String COMMAND = "command";
    static final String CRON = "cron";
    static final String ZONE = "zone";
    static final String ENABLED = "enabled";
    static final String PERIOD = "period";
    static final String RETENTION = "retention";
    private static final Set<String> KEYS = Set.of(COMMAND, CRON, ZONE, ENABLED, PERIOD, RETENTION);
    private static final String KNOWN = "command, cron, zone, enabled, period (lệnh report), retention (lệnh "
            + "purge-batch-metadata)";

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(String value, int line) {
    }

    private ScheduleFile(Path file) {
        this.file = file;
    }

    /** The schedule {@code lines} (the content of {@code file}) describe; throws on the first fault. */
    static Schedule parse(Path file, List<String> lines) {
        ScheduleFile parsed = new ScheduleFile(file);
        for (int i = 0; i < lines.size(); i++) {
            parsed.read(lines.get(i).strip(), i + 1);
        }
        return parsed.schedule();
    }

    private void read(String line, int number) {
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
            return;
        }
        int separator = firstSeparator(line);
        if (separator <= 0) {
            throw ScheduleFileException.at(file, number, "dòng này không có dạng khóa=giá trị");
        }
        String key = line.substring(0, separator).strip();
        if (!KEYS.contains(key)) {
            throw ScheduleFileException.at(file, number, "khóa \"" + key + "\" không có; các khóa dùng được: " + KNOWN);
        }
        Entry earlier = entries.putIfAbsent(key, new Entry(line.substring(separator + 1).strip(), number));
        if (earlier != null) {
            throw ScheduleFileException.at(file, number, "khóa \"" + key + "\" đã có ở dòng " + earlier.line());
        }
    }

    private static int firstSeparator(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
    }

    private Schedule schedule() {
        ScheduledCommand command = command();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String key : List.of(PERIOD, RETENTION)) {
            Entry entry = entries.get(key);
            if (entry != null) {
                checkParameter(command, key, entry);
                parameters.put(key, entry.value());
            }
        }
        if (command == ScheduledCommand.REPORT && !parameters.containsKey(PERIOD)) {
            throw ScheduleFileException.in(file, "lệnh report cần tham số period=H1 hoặc period=YEAR", null);
        }
        Entry cron = required(CRON, "cron=0 0 2 * * * (02:00 mỗi ngày)");
        return new Schedule(name(), file, command, parameters, cron.value(), cron(cron), zone(), enabled());
    }

    private ScheduledCommand command() {
        Entry entry = required(COMMAND, "command=run");
        return ScheduledCommand.of(entry.value()).orElseThrow(() -> ScheduleFileException.at(file, entry.line(),
                "lệnh \"" + entry.value() + "\" không có; dùng một trong: " + ScheduledCommand.allWords()));
    }

    private void checkParameter(ScheduledCommand command, String key, Entry entry) {
        if (!command.takes(key)) {
            throw ScheduleFileException.at(file, entry.line(),
                    "tham số \"" + key + "\" không dùng cho lệnh " + command.word());
        }
        if (key.equals(PERIOD) && !List.of("H1", "YEAR").contains(entry.value())) {
            throw ScheduleFileException.at(file, entry.line(),
                    "kỳ \"" + entry.value() + "\" không có; dùng H1 (6 tháng) hoặc YEAR (cả năm)");
        }
        if (key.equals(RETENTION)) {
            checkRetention(entry);
        }
    }

    private void checkRetention(Entry entry) {
        String fault = "thời hạn lưu \"" + entry.value() + "\" không hợp lệ; viết theo ISO-8601, ví dụ P2Y (2 năm) "
                + "hoặc P18M (18 tháng)";
        try {
            java.time.Period retention = java.time.Period.parse(entry.value());
            if (retention.isNegative() || retention.isZero()) {
                throw ScheduleFileException.at(file, entry.line(), fault);
            }
        } catch (DateTimeParseException e) {
            throw ScheduleFileException.at(file, entry.line(), fault);
        }
    }

    private CronExpression cron(Entry entry) {
        try {
            return CronExpression.parse(entry.value());
        } catch (IllegalArgumentException e) {
            throw ScheduleFileException.at(file, entry.line(), CronFault.describe(entry.value()));
        }
    }

    private ZoneId zone() {
        Entry entry = entries.get(ZONE);
        if (entry == null) {
            return VietnamTime.ZONE;
        }
        try {
            return ZoneId.of(entry.value());
        } catch (DateTimeException e) {
            throw ScheduleFileException.at(file, entry.line(), "múi giờ \"" + entry.value()
                    + "\" không có; viết theo tên IANA, ví dụ Asia/Ho_Chi_Minh");
        }
    }

    private boolean enabled() {
        Entry entry = entries.get(ENABLED);
        if (entry == null) {
            return true;
        }
        return switch (entry.value()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ScheduleFileException.at(file, entry.line(),
                    "enabled phải là true (bật) hoặc false (tắt), không phải \"" + entry.value() + "\"");
        };
    }

    private Entry required(String key, String example) {
        Entry entry = entries.get(key);
        if (entry == null) {
            throw ScheduleFileException.in(file, "thiếu khóa " + key + ", ví dụ " + example, null);
        }
        if (entry.value().isEmpty()) {
            throw ScheduleFileException.at(file, entry.line(), "khóa " + key + " chưa có giá trị, ví dụ " + example);
        }
        return entry;
    }

    private String name() {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - ScheduleFolder.SUFFIX.length());
    }
}
