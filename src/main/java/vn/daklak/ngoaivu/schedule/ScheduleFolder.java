package vn.daklak.ngoaivu.schedule;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The schedule files: every {@code *.properties} in {@code ngvh.schedule.folder}, by name. The folder's other files
 * (the nightly script, the systemd units, the crontab line) are for the system's scheduler and are left alone. A
 * missing folder means no schedules, not a fault: serve may run from a folder without {@code jobs/}.
 */
@Component
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleFolder {

    static final String SUFFIX = ".properties";

    private final ScheduleProperties settings;

    ScheduleFolder(ScheduleProperties settings) {
        this.settings = settings;
    }

    Path folder() {
        return settings.folder();
    }

    /** Every schedule of the folder, checked; throws {@link ScheduleFileException} on the first faulty file. */
    List<Schedule> load() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        List<Schedule> schedules = new ArrayList<>();
        for (Path file : files()) {
            schedules.add(ScheduleFile.parse(file, lines(file)));
        }
        return schedules;
    }

    private List<Path> files() {
        try (Stream<Path> entries = Files.list(folder())) {
            return entries.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw ScheduleFileException.in(folder(), "không đọc được thư mục lịch (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw ScheduleFileException.in(file, "tệp không phải văn bản UTF-8; lưu lại dưới dạng UTF-8", e);
        } catch (IOException e) {
            throw ScheduleFileException.in(file, "không đọc được tệp (" + e.getMessage() + ")", e);
        }
    }
}
