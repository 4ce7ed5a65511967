package vn.daklak.ngoaivu.dashboard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * A small province for the dashboard's tests, inserted with plain SQL the way the ingest leaves its tables, and users
 * created through the {@code user} command itself.
 * <ul>
 * <li>2024 YEAR (deadline 20/12/2024): SNGV accepted on time (3 events, one abroad; 30 foreign guests; spent
 * 600.000.000 of 800.000.000 allocated), SVH accepted late (1 event), STC rejected only, HOSTILE (name with a script
 * tag) sent nothing. No file for H1.
 * STC's rejected file has one error whose written value is an HTML tag, and a feedback file
 * {@code feedback/2024/YEAR/STC/STC.xlsx.ket-qua.xlsx} (under the output folder, written by the test that needs it).
 * One run is recorded: 22/12/2024 01:00 to 01:02:05, 4 files, 3 accepted, 1 rejected.</li>
 * <li>Plan 2024: NV01 (lead SNGV, with SVH and STC, due 31/10/2025; SNGV reports it done) and NV02 (lead SVH, with
 * SNGV, due 30/11/2024: overdue in YEAR; SVH reports it in progress).</li>
 * <li>2023 YEAR: SNGV accepted on time with 1 event and 5 foreign guests.</li>
 * </ul>
 * Public for the pages' tests in {@code dashboard.pages}.
 */
public final class DashboardTestData {

    public static final String PASSWORD = "mat-khau-thu-nghiem";
    public static final String HOSTILE_NAME = "<script>alert('x')</script> Sở Thử";
    public static final String HOSTILE_VALUE = "<img src=x onerror=alert(1)>";
    private static final AtomicLong FILES = new AtomicLong();

    private final JdbcClient jdbc;
    private final DashboardCommands commands;

    public DashboardTestData(JdbcClient jdbc, DashboardCommands commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    /**
     * A fresh {@link DashboardTest#INPUT} folder for a run started from the dashboard: the sample reference data and
     * plans, an empty inbox (returned); the database forgets the reference files it read before.
     */
    static Path inputFolder(JdbcClient jdbc) throws IOException {
        jdbc.sql("TRUNCATE reference_file, report_pending CASCADE").update();
        Path input = Path.of(DashboardTest.INPUT);
        FileSystemUtils.deleteRecursively(input);
        for (String folder : List.of("reference", "plans")) {
            Files.createDirectories(input.resolve(folder));
            try (Stream<Path> files = Files.list(Path.of("input", folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, input.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        return Files.createDirectories(input.resolve("inbox"));
    }

    public DashboardTestData reset() {
        jdbc.sql("TRUNCATE agency, partner, plan_group, plan_task, submission, task_report, event, spending, problem,"
                + " pipeline_run, app_user, audit_log RESTART IDENTITY CASCADE").update();
        return this;
    }

    public DashboardTestData province() {
        agency("SNGV", "Sở Ngoại vụ");
        agency("SVH", "Sở Văn hóa, Thể thao và Du lịch");
        agency("STC", "Sở Tài chính");
        agency("HOSTILE", HOSTILE_NAME);
        planTask("NV01", "Đoàn nghệ thuật tại Jeonbuk", "SNGV", "SVH|STC", "2025-10-31");
        planTask("NV02", "Tuần văn hóa tại Nam Lào", "SVH", "SNGV", "2024-11-30");
        long before = accepted("SNGV", 2023, "2023-12-01T09:00:00+07:00");
        event(before, 1, "2023-05-01", "VN", 5);
        long sngv = accepted("SNGV", 2024, "2024-12-10T09:00:00+07:00");
        event(sngv, 1, "2024-03-01", "VN", 10);
        event(sngv, 2, "2024-06-10", "LA", 20);
        event(sngv, 3, "2024-09-05", "VN", null);
        spending(sngv, 1, 900_000_000L, 800_000_000L, 600_000_000L);
        task(sngv, 1, "NV01", "DONE", "Đã tổ chức 3 buổi biểu diễn");
        long svh = accepted("SVH", 2024, "2024-12-21T08:00:00+07:00");
        event(svh, 1, "2024-10-01", "VN", 0);
        task(svh, 1, "NV02", "IN_PROGRESS", null);
        long stc = submission("STC", 2024, "REJECTED", "2024-12-15T08:00:00+07:00");
        jdbc.sql("INSERT INTO problem (submission_id, sheet, row_no, column_name, raw_value, severity, code, message)"
                + " VALUES (?, 'Nhiệm vụ', 5, 'Mã nhiệm vụ', ?, 'ERROR', 'TEST', 'Mã nhiệm vụ \"NV99\" không có.')")
                .params(stc, HOSTILE_VALUE).update();
        jdbc.sql("UPDATE submission SET error_count = 1, feedback_path = ? WHERE id = ?")
                .params("feedback/2024/YEAR/STC/STC.xlsx.ket-qua.xlsx", stc).update();
        jdbc.sql("INSERT INTO pipeline_run (command, started_at, finished_at, files, accepted, rejected, duplicates,"
                + " outcome) VALUES ('run', '2024-12-22T01:00:00+07:00', '2024-12-22T01:02:05+07:00', 4, 3, 1, 0,"
                + " 'COMPLETED')").update();
        return this;
    }

    /**
     * The 2025 reorganisation, on top of {@link #province()}: SKHDT (Sở Kế hoạch và Đầu tư, until 28/02/2025, merged
     * into STC) accepted on time in 2024 YEAR (2 tasks, 1 done; 2 events; 50.000.000 spent of 100.000.000). 2025 YEAR:
     * STC accepted on time (3 tasks, 2 done; 1 event; 180.000.000 spent of 200.000.000), SNGV accepted late (1 task
     * done, 2 events); SKHDT sends nothing.
     */
    public DashboardTestData merger() {
        jdbc.sql("INSERT INTO agency (code, name, short_name, kind, reports, valid_from, valid_to, successor) VALUES"
                + " ('SKHDT', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'DEPARTMENT', true, DATE '2000-01-01',"
                + " DATE '2025-02-28', 'STC')").update();
        long skhdt = accepted("SKHDT", 2024, "2024-12-12T09:00:00+07:00");
        task(skhdt, 1, "NV01", "DONE", null);
        task(skhdt, 2, "NV02", "IN_PROGRESS", null);
        event(skhdt, 1, "2024-04-01", "KR", 4);
        event(skhdt, 2, "2024-08-01", "VN", 0);
        spending(skhdt, 1, 100_000_000L, 100_000_000L, 50_000_000L);
        long stc = accepted("STC", 2025, "2025-12-10T09:00:00+07:00");
        task(stc, 1, "NV01", "DONE", null);
        task(stc, 2, "NV02", "DONE", null);
        task(stc, 3, "NV03", "NOT_STARTED", null);
        event(stc, 1, "2025-05-01", "LA", 6);
        spending(stc, 1, 200_000_000L, 200_000_000L, 180_000_000L);
        long sngv = accepted("SNGV", 2025, "2025-12-22T09:00:00+07:00");
        task(sngv, 1, "NV01", "DONE", null);
        event(sngv, 1, "2025-02-01", "VN", 0);
        event(sngv, 2, "2025-03-01", "VN", 0);
        return this;
    }

    /** Creates a user with {@link #PASSWORD} through {@code user add}. */
    public DashboardTestData user(String name, Role role) {
        int code = commands.user(List.of("add", name), role.name(), stdin(PASSWORD), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("user add " + name + " exited " + code);
        }
        return this;
    }

    public static ByteArrayInputStream stdin(String line) {
        return new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void planTask(String code, String content, String lead, String coordinating, String end) {
        jdbc.sql("INSERT INTO plan_task (year, code, content, lead_agency, coordinating_agencies, start_date, end_date)"
                        + " VALUES (2024, ?, ?, ?, string_to_array(?, '|'), DATE '2024-01-01', CAST(? AS DATE))")
                .params(code, content, lead, coordinating, end).update();
    }

    private void task(long submission, int row, String code, String status, String results) {
        jdbc.sql("INSERT INTO task_report (submission_id, row_no, task_code, content, status, results)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(submission, row, code, "Nội dung " + code, status, results).update();
    }

    private void agency(String code, String name) {
        jdbc.sql("INSERT INTO agency (code, name, short_name, kind, reports, valid_from) VALUES (?, ?, ?, 'DEPARTMENT',"
                + " true, DATE '2000-01-01')").params(code, name, name).update();
    }

    private long accepted(String agency, int year, String receivedAt) {
        long id = submission(agency, year, "ACCEPTED", receivedAt);
        jdbc.sql("UPDATE submission SET is_current = true WHERE id = ?").param(id).update();
        return id;
    }

    private long submission(String agency, int year, String status, String receivedAt) {
        long n = FILES.incrementAndGet();
        OffsetDateTime at = OffsetDateTime.parse(receivedAt);
        return jdbc.sql("INSERT INTO submission (sha256, file_name, file_size, received_at, ingested_at, agency_code,"
                        + " year, period, status, stored_path) VALUES (?, ?, 1000, ?, ?, ?, ?, ?, ?, 'archive/test.xlsx')"
                        + " RETURNING id")
                .params(String.format("%064d", n), agency + "-" + n + ".xlsx", at, at, agency, year, Period.YEAR.name(),
                        status)
                .query(Long.class).single();
    }

    private void event(long submission, int row, String date, String country, Integer foreignGuests) {
        jdbc.sql("INSERT INTO event (submission_id, row_no, task_code, name, event_type, start_date, start_precision,"
                        + " end_date, location, country, participants, foreign_guests)"
                        + " VALUES (?, ?, 'NV01', ?, 'GIAO_LUU', CAST(? AS DATE), 'DAY', CAST(? AS DATE), 'Buôn Ma Thuột',"
                        + " ?, 10, ?)")
                .params(submission, row, "Hoạt động " + row, date, date, country, foreignGuests).update();
    }

    private void spending(long submission, int row, long estimate, long allocated, long spent) {
        jdbc.sql("INSERT INTO spending (submission_id, row_no, task_code, item, source, estimate, allocated, spent)"
                        + " VALUES (?, ?, 'NV01', 'Chi NV01', 'STATE_BUDGET', ?, ?, ?)")
                .params(submission, row, estimate, allocated, spent).update();
    }
}
