package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The entry names of an .xlsx, checked so that every reader sees one and the same archive: no two entries whose part
 * names are equal (OPC part names ignore case and a leading slash), the same entries for the JDK's zip reader and for
 * commons-compress (fastexcel's), and no macro-enabled workbook (a VBA project, or content types that say
 * "macroEnabled" as every .xlsm does), since we take none.
 */
final class ZipEntryNames {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Far more than any real workbook's content types; the guard has already bounded the entry's size. */
    private static final int MAX_CONTENT_TYPES = 1024 * 1024;

    private ZipEntryNames() {
    }

    /** {@code jdkNames}: the entries {@code jdkZip}, the JDK's reader of {@code path}, listed, in order. */
    static void check(java.util.zip.ZipFile jdkZip, List<String> jdkNames, Path path) throws IOException,
            UnreadableWorkbookException {
        Set<String> parts = new HashSet<>();
        for (String name : jdkNames) {
            String part = partName(name);
            if (!parts.add(part)) {
                throw malformed();
            }
            if (part.endsWith("vbaproject.bin")) {
                throw macroEnabled();
            }
        }
        if (!sorted(jdkNames).equals(sorted(commonsCompressNames(path)))) {
            throw malformed();
        }
        if (declaresMacros(jdkZip)) {
            throw macroEnabled();
        }
    }

    /** An .xlsm names its workbook part "macroEnabled" in the content types, with or without a VBA project yet. */
    private static boolean declaresMacros(java.util.zip.ZipFile zip) throws IOException {
        java.util.zip.ZipEntry types = zip.getEntry(CONTENT_TYPES);
        if (types == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(types)) {
            String text = new String(in.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
            return text.toLowerCase(Locale.ROOT).contains("macroenabled");
        }
    }

    private static UnreadableWorkbookException macroEnabled() {
        return new UnreadableWorkbookException(WorkbookProblem.MACRO_ENABLED, ReadMessages.MACRO_ENABLED, null);
    }

    private static String partName(String entryName) {
        String name = entryName.replace('\\', '/');
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<String> commonsCompressNames(Path path) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setPath(path).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static List<String> sorted(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        Collections.sort(copy);
        return copy;
    }

    private static UnreadableWorkbookException malformed() {
        return new UnreadableWorkbookException(WorkbookProblem.MALFORMED, ReadMessages.MALFORMED, null);
    }
}
