/**
 * The blank submission workbook agencies fill in ({@code template --year Y [--agency CODE]}): the sheets and headers
 * of SUBMISSION-FORMAT 3, the year's plan tasks prefilled, drop-down lists fed from a hidden {@code Danh mục} sheet.
 * Entry point: {@link vn.daklak.ngoaivu.template.TemplateWriter}.
 */
package vn.daklak.ngoaivu.template;
