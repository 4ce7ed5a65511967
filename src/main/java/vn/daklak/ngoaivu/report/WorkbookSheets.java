package vn.daklak.ngoaivu.report;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Creates the table sheets of one consolidated workbook, all sharing its styles and the report window line. */
record WorkbookSheets(SXSSFWorkbook workbook, WorkbookStyles styles, String windowText) {

    TableSheet table(String name, String title, String... headers) {
        return new TableSheet(workbook.createSheet(name), styles, title, windowText, List.of(headers));
    }
}
