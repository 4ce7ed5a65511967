package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;

/**
 * A page's table as it is exported: a file name without extension, the column headers in the reader's language, and
 * the rows as the page shows them (Vietnamese number and date forms).
 */
record ExportTable(String fileName, List<String> headers, List<List<String>> rows) {
}
