package vn.daklak.ngoaivu.read;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.TempFile;

/**
 * Process-wide limits of Apache POI against hostile files (zip bombs, huge records) and its scratch folder. POI keeps
 * them in static state, so they are set once, before the first POI call: the command line applies them first thing,
 * and so does the tests' session listener; {@link #apply()} is idempotent and also called by
 * {@link SpreadsheetFile#open} for other callers.
 */
public final class PoiLimits {

    /** Smallest accepted compressed/uncompressed ratio of a zip entry (POI's own default). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest accepted uncompressed zip entry. */
    static final long MAX_ENTRY_SIZE = 500L * 1024 * 1024;
    /** Largest byte array POI may allocate for one record or stream (legacy .xls are read whole). */
    static final int MAX_BYTE_ARRAY = 150 * 1024 * 1024;
    /** Largest text POI may extract from one part. */
    static final long MAX_TEXT_SIZE = 10L * 1024 * 1024;

    private static final AtomicBoolean APPLIED = new AtomicBoolean();

    private PoiLimits() {
    }

    /**
     * POI's default scratch folder, {@code /tmp/poifiles}, is private to whichever user created it first; a second
     * user of the same machine (the nightly job's account, an officer) could then write no streamed workbook.
     */
    private static java.io.File userTempDir() {
        return new java.io.File(System.getProperty("java.io.tmpdir"), "poifiles-" + System.getProperty("user.name"));
    }

    public static void apply() {
        if (APPLIED.compareAndSet(false, true)) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
            ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
            IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(userTempDir()));
        }
    }
}
