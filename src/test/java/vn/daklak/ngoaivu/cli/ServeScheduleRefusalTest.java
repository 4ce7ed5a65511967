package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.NgvhApplication;
import vn.daklak.ngoaivu.TestDatabase;

/** serve refuses to start on a faulty schedule file: one Vietnamese line naming file, line and fault; exit code 2. */
class ServeScheduleRefusalTest {

    @TempDir
    Path temp;

    @Test
    void aBadCronStopsServeWithOneLineAndExitCode2() throws Exception {
        Path jobs = Files.createDirectories(temp.resolve("jobs"));
        Files.writeString(jobs.resolve("nightly-run.properties"), "# chạy hằng đêm\ncommand=run\ncron=0 2 * * *\n");

        FreshJvm.Result result = FreshJvm.run(Path.of("").toAbsolutePath(), List.of(), NgvhApplication.class,
                "serve", "--output", temp.resolve("output").toString(), "--server.port=0",
                "--ngvh.schedule.folder=" + jobs, "--spring.datasource.url=" + TestDatabase.url(),
                "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout().lines()).containsExactly("Tệp lịch " + jobs.resolve("nightly-run.properties")
                + ", dòng 3: biểu thức cron \"0 2 * * *\" có 5 trường, cần 6: giây phút giờ ngày tháng thứ (ví dụ "
                + "0 0 2 * * * là 02:00 mỗi ngày; dòng crontab 5 trường thì thêm 0 ở đầu). Sửa tệp đó rồi chạy lại.");
    }
}
