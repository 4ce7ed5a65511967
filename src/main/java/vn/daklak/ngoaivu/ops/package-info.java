/**
 * Operating the always-on {@code serve} and surviving the machine's faults: the actuator's health of the nightly run
 * (the last run's outcome, the age of the last successful one) and the rule that the actuator, metrics and
 * observation start only in {@code serve}, never in the one-shot batch commands; a stop signal (SIGTERM, Ctrl+C) ends
 * the work at its next safe point ({@link vn.daklak.ngoaivu.ops.GracefulStop}), and the settings of that behaviour
 * ({@link vn.daklak.ngoaivu.ops.OpsProperties}). It reads the runs table and knows Spring Batch's types, never the
 * ingestion's.
 */
package vn.daklak.ngoaivu.ops;
