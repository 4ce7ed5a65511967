package vn.daklak.ngoaivu.feedback;

import java.nio.file.Path;
import vn.daklak.ngoaivu.read.SpreadsheetFile;
import vn.daklak.ngoaivu.read.UnreadableWorkbookException;

/** How the agency's workbook is opened; {@link SpreadsheetFile#open} in production. */
@FunctionalInterface
interface SourceOpener {

    SpreadsheetFile open(Path path) throws UnreadableWorkbookException;
}
