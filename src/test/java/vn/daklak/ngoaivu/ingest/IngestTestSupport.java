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
}
