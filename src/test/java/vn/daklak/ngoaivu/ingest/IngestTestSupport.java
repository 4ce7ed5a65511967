package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared setup of the ingest tests: an empty database and an input folder with the real master data. */
final class IngestTestSupport {

    private IngestTestSupport() {
    }

    static void cleanDatabase(JdbcClient jdbc) {
        jdbc.sql("""
                TRUNCATE task_report, event, spending, problem, submission, pipeline_run, reference_file,
                    agency, partner, plan_group, plan_task, batch_step_execution_context, batch_job_execution_context,
                    batch_step_execution, batch_job_execution_params, batch_job_execution, batch_job_instance CASCADE""")
                .update();
    }

    /** An input root holding the shipped reference data and plan, and an empty inbox. */
    static Path inputRoot(Path temp) throws IOException {
        Path input = temp.resolve("input");
        Files.createDirectories(input.resolve("inbox"));
        Files.createDirectories(input.resolve("reference"));
        Files.createDirectories(input.resolve("plans"));
        for (String name : new String[] {"agencies.csv", "partners.csv", "plan-groups.csv"}) {
            Files.copy(Path.of("input/reference", name), input.resolve("reference").resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(Path.of("input/plans/plan-2024-tasks.csv"), input.resolve("plans/plan-2024-tasks.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        return input;
    }

    /** A valid workbook of {@code agency}: two tasks, two events (one abroad in Korea, one in Laos), two spending lines. */
    static SubmissionWorkbook valid(String agency) {
        return SubmissionWorkbook.of(agency)
                .task("NV01", "Hoàn thành", 100)
                .task("NV02", "Đang thực hiện", 60)
                .event("NV01", "Đoàn nghệ thuật biểu diễn tại Jeonbuk", "10/09/2024", "Hàn Quốc", "Jeollabuk", 40, 300)
                .event("NV02", "Tuần văn hóa Đắk Lắk tại Champasak", "05/11/2024", "Lào", "LA-CH", 60, 500)
                .spending("NV01", "Ngân sách nhà nước", 200_000_000, 180_000_000, 170_000_000)
                .spending("NV02", "Xã hội hóa", 150_000_000, 150_000_000, 130_000_000);
    }
}
