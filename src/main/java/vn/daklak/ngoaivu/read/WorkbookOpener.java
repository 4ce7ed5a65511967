package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.nio.file.Path;

/** Chooses the reader by the file's first bytes and turns every failure into an {@link UnreadableWorkbookException}. */
final class WorkbookOpener {

    private WorkbookOpener() {
    }

    static SpreadsheetFile open(Path path) throws UnreadableWorkbookException {
        PoiLimits.apply();
        try {
            return switch (FileSniffer.sniff(path)) {
                case EMPTY -> throw new UnreadableWorkbookException(WorkbookProblem.EMPTY_FILE,
                        ReadMessages.EMPTY_FILE, null);
                case ZIP -> FastexcelSpreadsheet.open(path);
                case OLE2 -> Ole2Workbooks.open(path);
                case OTHER -> throw new UnreadableWorkbookException(WorkbookProblem.NOT_A_WORKBOOK,
                        ReadMessages.NOT_A_WORKBOOK, null);
            };
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadableWorkbookException(WorkbookProblem.CORRUPT, ReadMessages.CORRUPT, e);
        }
    }
}
