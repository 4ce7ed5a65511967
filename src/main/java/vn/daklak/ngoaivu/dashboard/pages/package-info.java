/**
 * The dashboard's pages: one controller per page, the year and period every page shows (kept in the URL), and the
 * Vietnamese number and date forms. Figures come from {@code report.PeriodFiguresQuery}, kept by
 * {@code FiguresCache} until the data changes; the pages' own SQL reads only what the reports do not hold (runs,
 * submission history, version differences).
 */
package vn.daklak.ngoaivu.dashboard.pages;
