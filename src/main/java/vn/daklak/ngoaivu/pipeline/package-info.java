/**
 * One pipeline run, the same whoever starts it (the command line's {@code run}, {@code ingest} and {@code report}, or
 * the dashboard's "run now"): take the single-run lock, ingest the inbox, then rebuild the reports of every period
 * whose data changed. {@link vn.daklak.ngoaivu.pipeline.Pipeline} is the only entry point; it speaks in plain lines
 * and an {@link vn.daklak.ngoaivu.pipeline.Pipeline.Outcome}, so its callers need not know the ingestion's types.
 */
package vn.daklak.ngoaivu.pipeline;
