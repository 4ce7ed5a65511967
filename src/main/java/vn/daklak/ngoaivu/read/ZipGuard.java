package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an .xlsx (zip) before the streaming reader touches it, since fastexcel has no zip-bomb protection of its own:
 * entry count, declared sizes, and the real inflated size and inflate ratio of every entry, counted while inflating
 * into nothing (memory stays flat whatever the file claims). The same bytes must mean the same to us and to Excel, so
 * an archive is refused as malformed when two entries share a name (part names are case-insensitive) or when the two
 * zip readers in use (the JDK's, used here and for merges, and commons-compress, used by fastexcel) list different
 * entries; a VBA project (a macro-enabled workbook, whatever its name) is refused too. Inflating a whole file is the costly part, and the ingest
 * job opens a file once per step, so a file that passed is remembered by path, size and modification time and not
 * inflated again until it changes.
 */
final class ZipGuard {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_SIZE = 1024L * 1024 * 1024;
    /** Entries below this size are not ratio-checked: tiny parts compress very well and are harmless. */
    static final long RATIO_GRACE_SIZE = 1024L * 1024;

    private static final int REMEMBERED = 256;
    private static final Set<FileVersion> PASSED = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FileVersion, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });
    private static final AtomicLong INSPECTIONS = new AtomicLong();

    private ZipGuard() {
    }

    static void check(Path path) throws UnreadableWorkbookException {
        FileVersion version = FileVersion.of(path);
        synchronized (PASSED) {
            if (version != null && PASSED.contains(version)) {
                return;
            }
        }
        inspect(path);
        if (version != null) {
            synchronized (PASSED) {
                PASSED.add(version);
            }
        }
    }

    /** How many times a file was actually inflated and checked (not answered from memory), for tests. */
    static long inspections() {
        return INSPECTIONS.get();
    }

    private static void inspect(Path path) throws UnreadableWorkbookException {
        INSPECTIONS.incrementAndGet();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw tooLarge("quá " + MAX_ENTRIES + " phần nén bên trong");
            }
            List<String> names = new ArrayList<>(zip.size());
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                if (entry.getSize() > PoiLimits.MAX_ENTRY_SIZE) {
                    throw tooLarge("một phần khai báo dung lượng giải nén quá lớn");
                }
                total += inflatedSize(zip, entry, MAX_TOTAL_SIZE - total);
            }
            ZipEntryNames.check(zip, names, path);
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
