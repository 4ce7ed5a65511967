package vn.daklak.ngoaivu.dashboard.pages;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.dashboard.DashboardTest;

/** The overview's "what changed since the previous run" says how many accepted files replaced an earlier version. */
@DashboardTest
class RunReplacementsTest extends ProvincePageTest {

    @Test
    void lastRunCountsAcceptedFilesThatReplacedAnEarlierVersion() throws Exception {
        long old = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'SVH'").query(Long.class).single();
        long next = jdbc.sql("""
                INSERT INTO submission (sha256, file_name, file_size, received_at, agency_code, year, period, status)
                VALUES (repeat('d', 64), 'SVH-v2.xlsx', 1000, '2024-12-23T08:00:00+07:00', 'SVH', 2024, 'YEAR',
                        'ACCEPTED') RETURNING id""").query(Long.class).single();
        jdbc.sql("UPDATE submission SET is_current = false, superseded_by = ? WHERE id = ?").params(next, old).update();
        jdbc.sql("UPDATE submission SET is_current = true WHERE id = ?").param(next).update();
        long run = jdbc.sql("""
                INSERT INTO pipeline_run (command, started_at, finished_at, files, accepted, rejected, duplicates,
                                          outcome)
                VALUES ('run', '2024-12-23T01:00:00+07:00', '2024-12-23T01:01:00+07:00', 2, 2, 0, 0, 'COMPLETED')
                RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO pipeline_run_file (run_id, position, file_name, sha256, agency_code, year, period, outcome)
                VALUES (?, 1, 'SVH-v2.xlsx', repeat('d', 64), 'SVH', 2024, 'YEAR', 'ACCEPTED'),
                       (?, 2, 'SNGV.xlsx', (SELECT sha256 FROM submission WHERE agency_code = 'SNGV' AND year = 2024),
                        'SNGV', 2024, 'YEAR', 'ACCEPTED')""").params(run, run).update();

        mvc.perform(get("/?year=2024&period=YEAR").with(VIEWER)).andExpect(content().string(containsString(
                "Lúc 23/12/2024 01:00: đọc 2 tệp, chấp nhận 2 (trong đó 1 tệp thay thế bản đã nộp trước), từ chối 0,"
                        + " trùng lặp 0.")));
        mvc.perform(get("/?year=2024&period=YEAR&lang=en").with(VIEWER)).andExpect(content().string(containsString(
                "2 accepted (1 of them replacing a version sent before)")));
    }
}
