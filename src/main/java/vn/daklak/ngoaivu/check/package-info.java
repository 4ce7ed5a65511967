/**
 * Checking one submission workbook the way the nightly run would, without storing anything: the
 * {@link vn.daklak.ngoaivu.check.FileCheck} interface, implemented by the ingestion (the same code as the
 * {@code validate} command), so the dashboard can offer the check without depending on the ingestion.
 */
package vn.daklak.ngoaivu.check;
