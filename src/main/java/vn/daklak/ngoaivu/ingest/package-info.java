/**
 * The nightly ingest: agencies' workbooks from {@code input/inbox/} into PostgreSQL, with feedback to every agency.
 *
 * <p>Entry points: {@link vn.daklak.ngoaivu.ingest.IngestService} (the inbox, oldest file first) and
 * {@link vn.daklak.ngoaivu.ingest.SubmissionValidator} (the {@code validate} dry run).
 *
 * <p>Each run is ONE execution of the Spring Batch job {@code ingestRunJob}, identified by the run's id:
 * <ol>
 *   <li>{@code RunPlanner} hashes the ready files (a file's identity is the SHA-256 of its bytes) and deals them out
 *       to partitions, recorded in ingest_file;</li>
 *   <li>the partitioned step {@code ingestInboxStep} hands each partition to the worker step
 *       {@code ingestPartitionStep}, on local threads ({@code ngvh.ingest.threads}) or on {@code worker} processes
 *       over RabbitMQ ({@code ngvh.ingest.remote-partitioning});</li>
 *   <li>a partition takes its files in arrival order, each in one transaction of its own ({@code FileLoad}):
 *       register, inspect ({@code SubmissionInspector}), stream each table sheet ({@code SheetRowReader} →
 *       {@code SheetRowProcessor} → {@code SheetCopy}, one COPY stream per sheet), decide ({@code SubmissionDecision}: reject, or
 *       accept and supersede the agency's earlier version of that year and period).</li>
 * </ol>
 * Only after a file's transaction has committed is the original moved (archive, rejected, or archive/trung-lap for
 * duplicates) and the agency's feedback written. A run that failed (a file, a worker, the process) is restarted by
 * the next run: only its partitions that did not complete, and in them only the files left open.
 */
package vn.daklak.ngoaivu.ingest;
