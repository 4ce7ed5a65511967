package vn.daklak.ngoaivu.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip (an .xlsx) with one fixed time on every entry, so regenerating the samples gives the same bytes and
 * does not show every committed file as changed.
 */
final class StableZip {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2024, 12, 20, 8, 0);

    private StableZip() {
    }

    static void copy(byte[] zip, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry stable = new ZipEntry(entry.getName());
                stable.setTimeLocal(ENTRY_TIME);
                copy.putNextEntry(stable);
                in.transferTo(copy);
                copy.closeEntry();
            }
        }
    }

    static byte[] bytes(WorkbookWriting writing) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        writing.writeTo(buffer);
        return buffer.toByteArray();
    }

    /** Something that writes a workbook to a stream. */
    interface WorkbookWriting {
        void writeTo(OutputStream out) throws IOException;
    }
}
