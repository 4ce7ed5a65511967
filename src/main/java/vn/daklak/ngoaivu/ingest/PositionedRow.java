package vn.daklak.ngoaivu.ingest;

import vn.daklak.ngoaivu.format.HeaderMatch;
import vn.daklak.ngoaivu.read.SheetRow;

/** A row under a table sheet's header, with the sheet it came from and that sheet's header. */
record PositionedRow(String sheetName, HeaderMatch header, SheetRow row) {
}
