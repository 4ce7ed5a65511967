/**
 * Consolidated reports of one (year, period): {@code summary.json}, the consolidated workbook and the CSV exports.
 * Every number comes from {@link vn.daklak.ngoaivu.report.PeriodFigures}, loaded by the report's own SQL
 * ({@link vn.daklak.ngoaivu.report.PeriodFiguresQuery}), so all outputs of one run agree with each other.
 * Entry point: {@link vn.daklak.ngoaivu.report.ReportService}.
 */
package vn.daklak.ngoaivu.report;
