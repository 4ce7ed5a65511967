/**
 * The command line of SUBMISSION-FORMAT section 7 ({@link vn.daklak.ngoaivu.cli.Launcher}): parses the command, picks
 * the database (the user's through Spring's settings, or the embedded PostgreSQL under {@code ./data/}), runs the
 * command and maps its outcome to the exit code. {@code validate} and {@code template} run without a database.
 */
package vn.daklak.ngoaivu.cli;
