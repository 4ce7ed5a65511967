/**
 * The nightly ingest: agencies' workbooks from {@code input/inbox/} into PostgreSQL, with feedback to every agency.
 *
 * <p>Entry points: {@link vn.daklak.ngoaivu.ingest.IngestService} (the inbox, oldest file first) and
 * {@link vn.daklak.ngoaivu.ingest.SubmissionValidator} (the {@code validate} dry run).
 *
 * <p>Each file is one execution of the Spring Batch job {@code ingestFileJob}, identified by the SHA-256 of its bytes:
 * <ol>
 *   <li>{@code inspectSubmissionStep} registers the submission (LOADING) and checks the file as a whole
 *       ({@code SubmissionInspector}: general information, agency, sheets, headers);</li>
 *   <li>{@code loadTasksStep}, {@code loadEventsStep}, {@code loadSpendingStep} stream each table sheet in chunks
 *       ({@code SheetRowReader} → {@code SheetRowProcessor} with the row mappers and the total checker →
 *       {@code LoadedRowWriter}, which loads with COPY);</li>
 *   <li>{@code decideSubmissionStep}, in one transaction, rejects the file (its rows go, its problems stay) or accepts
 *       it and supersedes the agency's earlier version of that year and period.</li>
 * </ol>
 * A failed attempt is discarded whole ({@code DiscardFailedAttempt}); launching the same file again restarts the same
 * job instance from its first step. Only after the job has committed is the original moved (archive, rejected, or
 * archive/trung-lap for duplicates) and the agency's feedback written.
 */
package vn.daklak.ngoaivu.ingest;
