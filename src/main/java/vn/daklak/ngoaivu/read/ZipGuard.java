package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an .xlsx (zip) before the streaming reader touches it, since fastexcel has no zip-bomb protection of its own:
 * entry count, declared sizes, and the real inflated size and inflate ratio of every entry, counted while inflating
 * into nothing (memory stays flat whatever the file claims).
 */
final class ZipGuard {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_SIZE = 1024L * 1024 * 1024;
    /** Entries below this size are not ratio-checked: tiny parts compress very well and are harmless. */
    static final long RATIO_GRACE_SIZE = 1024L * 1024;

    private ZipGuard() {
    }

    static void check(Path path) throws UnreadableWorkbookException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw tooLarge("quá " + MAX_ENTRIES + " phần nén bên trong");
            }
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getSize() > PoiLimits.MAX_ENTRY_SIZE) {
                    throw tooLarge("một phần khai báo dung lượng giải nén quá lớn");
                }
                total += inflatedSize(zip, entry, MAX_TOTAL_SIZE - total);
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(WorkbookProblem.CORRUPT, ReadMessages.CORRUPT, e);
        }
    }

    private static long inflatedSize(ZipFile zip, ZipEntry entry, long budget) throws IOException,
            UnreadableWorkbookException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > PoiLimits.MAX_ENTRY_SIZE || size > budget) {
                    throw tooLarge("dung lượng sau giải nén vượt quá giới hạn");
                }
                if (size > RATIO_GRACE_SIZE && (double) compressed / size < PoiLimits.MIN_INFLATE_RATIO) {
                    throw tooLarge("tỷ lệ nén bất thường, nghi là \"bom nén\"");
                }
            }
        }
        return size;
    }

    private static UnreadableWorkbookException tooLarge(String why) {
        return new UnreadableWorkbookException(WorkbookProblem.TOO_LARGE, ReadMessages.tooLarge(why), null);
    }
}
