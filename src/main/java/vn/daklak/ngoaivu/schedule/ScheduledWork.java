package vn.daklak.ngoaivu.schedule;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.pipeline.Pipeline;
import vn.daklak.ngoaivu.pipeline.Pipeline.Outcome;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;
import vn.daklak.ngoaivu.report.ReminderLetterWriter;
import vn.daklak.ngoaivu.report.SubmissionDeadlines;
import vn.daklak.ngoaivu.support.VietnamTime;

/**
 * One fire of a schedule: its command, through the {@link Pipeline} and so under the same single-run lock as the
 * command line and the dashboard's "run now". A fire refused by the lock is one log line and counts as skipped.
 * The fire is recorded before the work starts, for {@link CatchUp}.
 */
@Component
class ScheduledWork {

    private static final Logger log = LoggerFactory.getLogger(ScheduledWork.class);

    private final Pipeline pipeline;
    private final ScheduleProperties settings;
    private final FireLog fires;
    private final BatchMetadataPurge purge;
    private final PeriodFiguresQuery figures;
    private final SubmissionDeadlines deadlines;

    ScheduledWork(Pipeline pipeline, ScheduleProperties settings, FireLog fires, BatchMetadataPurge purge,
                  PeriodFiguresQuery figures, SubmissionDeadlines deadlines) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.fires = fires;
        this.purge = purge;
        this.figures = figures;
        this.deadlines = deadlines;
    }

    /** Runs {@code schedule}'s command for its fire at {@code scheduledAt}; never throws (the log has the failure). */
    Outcome perform(Schedule schedule, ZonedDateTime scheduledAt) {
        ScheduleLines lines = new ScheduleLines(schedule.name(), scheduledAt);
        try {
            fires.fired(schedule.name(), scheduledAt.toInstant());
            Outcome outcome = switch (schedule.command()) {
                case RUN -> pipeline.run(settings.input(), settings.output(), lines);
                case REPORT -> pipeline.report(inVietnam(scheduledAt).getYear(), schedule.period(), settings.output(),
                        lines);
                case REMINDERS -> reminders(scheduledAt, lines);
                case PURGE_BATCH_METADATA -> purge(schedule, scheduledAt, lines);
            };
            if (outcome == Outcome.REFUSED) {
                lines.skipped();
                fires.skipped(schedule.name());
            } else {
                lines.done();
            }
            return outcome;
        } catch (RuntimeException e) {
            lines.done();
            log.error("Lịch {} (lần chạy lúc {}) thất bại", schedule.name(), lines.shown(), e);
            return Outcome.FAILED;
        }
    }

    /** Rebuilds the overdue period's reports, and with them its reminder letter, only while an agency is missing. */
    private Outcome reminders(ZonedDateTime scheduledAt, ScheduleLines lines) {
        YearPeriod due = OverduePeriod.on(inVietnam(scheduledAt).toLocalDate(), deadlines);
        PeriodFigures period = figures.load(due.year(), due.period());
        if (ReminderLetterWriter.addressees(period).isEmpty()) {
            lines.accept("Kỳ " + due + ": mọi cơ quan đã có báo cáo được chấp nhận; không cần lập lại công văn "
                    + "đôn đốc.");
            return Outcome.DONE;
        }
        return pipeline.report(due.year(), due.period(), settings.output(), lines);
    }

    private Outcome purge(Schedule schedule, ZonedDateTime scheduledAt, ScheduleLines lines) {
        // Spring Batch writes its times as this JVM's local time, so the cut-off is taken in the same zone.
        LocalDateTime cutoff = scheduledAt.withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime()
                .minus(schedule.retention());
        return pipeline.exclusively(() -> {
            BatchMetadataPurge.Purged purged = purge.olderThan(cutoff);
            lines.accept("Đã xoá bản ghi Spring Batch của " + purged.executions() + " lần chạy kết thúc trước "
                    + ScheduleLines.SHOWN.format(cutoff) + " (" + purged.steps() + " bước, " + purged.instances()
                    + " job instance); bảng pipeline_run giữ nguyên tóm tắt các lần chạy.");
            return Outcome.DONE;
        }, lines);
    }

    private static ZonedDateTime inVietnam(ZonedDateTime at) {
        return at.withZoneSameInstant(VietnamTime.ZONE);
    }
}
