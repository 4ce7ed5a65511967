/**
 * How the program behaves when the machine does not: a stop signal (SIGTERM, Ctrl+C) ends the work at its next safe
 * point ({@link vn.daklak.ngoaivu.ops.GracefulStop}), and the settings of that behaviour
 * ({@link vn.daklak.ngoaivu.ops.OpsProperties}). It knows Spring Batch's types, never the ingestion's.
 */
package vn.daklak.ngoaivu.ops;
