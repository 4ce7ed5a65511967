package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * OLE2 compound files: a password-protected .xlsx (its package wrapped in EncryptionInfo/EncryptedPackage), a legacy
 * .xls (encrypted when it carries a FILEPASS record, which HSSF reports; refused when it carries macros), or some
 * other Office document.
 */
final class Ole2Workbooks {

    static final long MAX_XLS_SIZE = 100L * 1024 * 1024;

    private Ole2Workbooks() {
    }

    static SpreadsheetFile open(Path path) throws UnreadableWorkbookException, IOException {
        if (Files.size(path) > MAX_XLS_SIZE) {
            throw new UnreadableWorkbookException(WorkbookProblem.TOO_LARGE,
                    ReadMessages.tooLarge("tệp .xls lớn hơn 100 MB"), null);
        }
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(path.toFile(), true);
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw problem(WorkbookProblem.ENCRYPTED, ReadMessages.ENCRYPTED, null);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw problem(WorkbookProblem.NOT_A_WORKBOOK, ReadMessages.NOT_A_WORKBOOK, null);
            }
            if (root.hasEntry("_VBA_PROJECT_CUR")) {
                throw problem(WorkbookProblem.MACRO_ENABLED, ReadMessages.MACRO_ENABLED, null);
            }
            return new HssfSpreadsheet(new HSSFWorkbook(root, false));
        } catch (EncryptedDocumentException e) {
            throw problem(WorkbookProblem.ENCRYPTED, ReadMessages.ENCRYPTED, e);
        } catch (OldExcelFormatException e) {
            throw problem(WorkbookProblem.NOT_A_WORKBOOK, ReadMessages.OLD_EXCEL, e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw problem(WorkbookProblem.CORRUPT, ReadMessages.CORRUPT, e);
        } finally {
            // HSSFWorkbook has read everything it needs; the file handle must not outlive open()
            closeQuietly(fs);
        }
    }

    private static UnreadableWorkbookException problem(WorkbookProblem kind, String message, Throwable cause) {
        return new UnreadableWorkbookException(kind, message, cause);
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            if (fs != null) {
                fs.close();
            }
        } catch (IOException e) {
            // nothing left to release that matters to the caller
        }
    }
}
