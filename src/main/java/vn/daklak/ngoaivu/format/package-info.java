/**
 * The submission workbook format as data (sheet names, headers, aliases, units) and the tolerant recognition of it in
 * what agencies actually send: sheets found by name or content, header rows found among titles, rows classified as
 * data, section headings or totals.
 */
package vn.daklak.ngoaivu.format;
