/**
 * Operating the always-on {@code serve}: the actuator's health of the nightly run (the last run's outcome, the age of
 * the last successful one) and the rule that the actuator, metrics and observation start only in {@code serve}, never
 * in the one-shot batch commands. Reads the runs table; imports no feature package.
 */
package vn.daklak.ngoaivu.ops;
