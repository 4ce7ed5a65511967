/**
 * The analytics dashboard ({@code serve}): users and roles, sign-in and its protections, the audit log, and the
 * {@code user} command. The pages live in {@code dashboard.pages}. Figures are read only through the {@code report}
 * package's model, so a number on a page equals the same number in the period's reports; the dashboard never imports
 * {@code ingest}.
 */
package vn.daklak.ngoaivu.dashboard;
