package vn.daklak.ngoaivu.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The purge of Spring Batch's records: exactly the executions that ended before the cut-off, and nothing of ours. */
@SpringBootTest
class BatchMetadataPurgeTest {

    private static final LocalDateTime CUTOFF = LocalDateTime.of(2024, 11, 30, 3, 0);

    @Autowired
    BatchMetadataPurge purge;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void metadata() {
        jdbc.sql("TRUNCATE BATCH_JOB_INSTANCE, BATCH_JOB_EXECUTION, BATCH_JOB_EXECUTION_PARAMS, BATCH_STEP_EXECUTION, "
                + "BATCH_STEP_EXECUTION_CONTEXT, BATCH_JOB_EXECUTION_CONTEXT, pipeline_run, pipeline_run_file, "
                + "ingest_file").update();
        // instance 1: two old executions (a failed try and its restart); instance 2: one old, one recent;
        // instance 3: one recent; instance 4: one old that never ended (a dead process's, left for recovery)
        instance(1);
        instance(2);
        instance(3);
        instance(4);
        execution(10, 1, LocalDateTime.of(2023, 5, 1, 2, 0), 5);
        execution(11, 1, LocalDateTime.of(2023, 5, 2, 2, 0), 5);
        execution(20, 2, LocalDateTime.of(2024, 11, 30, 2, 59), 5);
        execution(21, 2, LocalDateTime.of(2024, 11, 30, 3, 0), 5);
        execution(30, 3, LocalDateTime.of(2026, 11, 29, 2, 0), 5);
        execution(40, 4, null, 2);
        jdbc.sql("INSERT INTO pipeline_run (command, started_at, finished_at, outcome) VALUES "
                + "('run', '2023-05-01 02:00+07', '2023-05-01 02:01+07', '1 tệp: 1 chấp nhận')").update();
    }

    @Test
    void deletesTheOldExecutionsChildTablesFirstAndOnlyInstancesLeftWithout() {
        BatchMetadataPurge.Purged purged = purge.olderThan(CUTOFF);

        // executions 10, 11, 20: 3 × 5 steps and their contexts, 3 job contexts, 3 × 2 parameters; instance 1 only
        assertThat(purged).isEqualTo(new BatchMetadataPurge.Purged(15, 15, 3, 6, 3, 1));
        assertThat(ids("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION")).containsExactly(21L, 30L, 40L);
        assertThat(ids("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE")).containsExactly(2L, 3L, 4L);
        assertThat(count("BATCH_STEP_EXECUTION")).isEqualTo(12);
        assertThat(count("BATCH_STEP_EXECUTION_CONTEXT")).isEqualTo(12);
        assertThat(count("BATCH_JOB_EXECUTION_CONTEXT")).isEqualTo(3);
        assertThat(count("BATCH_JOB_EXECUTION_PARAMS")).isEqualTo(6);
        assertThat(count("pipeline_run")).isEqualTo(1);
    }

    @Test
    void aSecondPurgeFindsNothingMore() {
        purge.olderThan(CUTOFF);

        assertThat(purge.olderThan(CUTOFF)).isEqualTo(new BatchMetadataPurge.Purged(0, 0, 0, 0, 0, 0));
        assertThat(count("BATCH_JOB_EXECUTION")).isEqualTo(3);
    }

    @Test
    void aFailureOnTheLastTableLeavesEveryTableAsItWas() {
        jdbc.sql("CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'ổ đĩa đầy (giả lập)'; END $$").update();
        jdbc.sql("CREATE TRIGGER refuse_delete BEFORE DELETE ON BATCH_JOB_INSTANCE FOR EACH ROW "
                + "EXECUTE FUNCTION refuse_delete()").update();
        try {
            assertThatThrownBy(() -> purge.olderThan(CUTOFF)).hasMessageContaining("ổ đĩa đầy (giả lập)");
        } finally {
            jdbc.sql("DROP TRIGGER refuse_delete ON BATCH_JOB_INSTANCE").update();
            jdbc.sql("DROP FUNCTION refuse_delete()").update();
        }

        assertThat(count("BATCH_JOB_EXECUTION")).isEqualTo(6);
        assertThat(count("BATCH_STEP_EXECUTION")).isEqualTo(27);
        assertThat(count("BATCH_STEP_EXECUTION_CONTEXT")).isEqualTo(27);
        assertThat(count("BATCH_JOB_EXECUTION_CONTEXT")).isEqualTo(6);
        assertThat(count("BATCH_JOB_EXECUTION_PARAMS")).isEqualTo(12);
        assertThat(count("BATCH_JOB_INSTANCE")).isEqualTo(4);
    }

    private void instance(long id) {
        jdbc.sql("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, ?, ?)")
                .params(id, "ingestFileJob", "key" + id).update();
    }

    private void execution(long id, long instance, LocalDateTime end, int steps) {
        LocalDateTime start = end == null ? LocalDateTime.of(2023, 1, 1, 2, 0) : end.minusMinutes(1);
        jdbc.sql("""
                INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME,
                                                 END_TIME, STATUS, LAST_UPDATED)
                VALUES (?, 1, ?, ?, ?, ?, ?, ?)""")
                .params(id, instance, start, start, end, end == null ? "STARTED" : "COMPLETED", start).update();
        jdbc.sql("INSERT INTO BATCH_JOB_EXECUTION_CONTEXT VALUES (?, '{}', NULL)").param(id).update();
        for (String name : List.of("file", "run")) {
            jdbc.sql("INSERT INTO BATCH_JOB_EXECUTION_PARAMS VALUES (?, ?, 'java.lang.String', 'x', 'Y')")
                    .params(id, name).update();
        }
        for (int s = 0; s < steps; s++) {
            long step = id * 100 + s;
            jdbc.sql("""
                    INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID,
                                                      CREATE_TIME, START_TIME, END_TIME, STATUS)
                    VALUES (?, 1, ?, ?, ?, ?, ?, 'COMPLETED')""").params(step, "step" + s, id, start, start, end)
                    .update();
            jdbc.sql("INSERT INTO BATCH_STEP_EXECUTION_CONTEXT VALUES (?, '{}', NULL)").param(step).update();
        }
    }

    private List<Long> ids(String sql) {
        return jdbc.sql(sql + " ORDER BY 1").query(Long.class).list();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
