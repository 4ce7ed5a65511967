/**
 * Scheduled jobs run by {@code serve}, the department's always-on process. {@code jobs/} (the setting
 * {@code ngvh.schedule.folder}) holds one small {@code *.properties} file per schedule: the command and its
 * parameters, a cron expression of Spring's six fields, its zone (default Asia/Ho_Chi_Minh), enabled or not. The
 * commands are the pipeline's own ({@link vn.daklak.ngoaivu.schedule.ScheduledCommand}): the nightly {@code run},
 * a period's {@code report} on its cut-off and deadline days, the weekly {@code reminders} (only while an agency is
 * missing) and the purge of old Spring Batch records.
 * <p>
 * {@code serve} reads and checks every file at start and refuses to start on a faulty one, naming the file, the line
 * and the fault ({@link vn.daklak.ngoaivu.schedule.ScheduleFileException}, exit code 2). Each fire goes through
 * {@link vn.daklak.ngoaivu.pipeline.Pipeline}, so it takes the same single-run lock as the command line, the
 * dashboard's "run now" and the system-scheduler examples of {@code jobs/}: a fire while another run holds it is one
 * log line and counts as skipped. Each schedule's last fire is kept in the database ({@code schedule_fire}), so a fire
 * missed while the server was off runs once at the next start, however many were missed. {@code status} and the
 * dashboard's jobs page show each schedule's next run through {@link vn.daklak.ngoaivu.schedule.NextRuns}.
 */
package vn.daklak.ngoaivu.schedule;
