package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.nio.file.Path;

/**
 * For writers that work on a submitted .xlsx as a zip package (the feedback's annotated copy): the same zip check the
 * reader makes, so a package is only ever unpacked after it passed it (the result is remembered per file version).
 */
public final class ZipPackages {

    private ZipPackages() {
    }

    /** Passes when the file is a zip that the reader's guard accepts; otherwise says why, as the reader would. */
    public static void check(Path path) throws UnreadableWorkbookException {
        try {
            if (FileSniffer.sniff(path) != FileSniffer.Container.ZIP) {
                throw new UnreadableWorkbookException(WorkbookProblem.NOT_A_WORKBOOK, ReadMessages.NOT_A_WORKBOOK,
                        null);
            }
        } catch (IOException e) {
            throw new UnreadableWorkbookException(WorkbookProblem.CORRUPT, ReadMessages.CORRUPT, e);
        }
        ZipGuard.check(path);
    }
}
