package vn.daklak.ngoaivu.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Names for the files we derive from an agency's file name (the archived original, its feedback): whatever the agency
 * called its file, the name fits in 255 bytes of UTF-8 (the limit of ext4, NTFS and most others) together with what
 * we add to it, and holds no character a file system or a Windows share refuses. A name that had to change keeps its
 * extension and ends with {@code ~<first 12 hex digits of the SHA-256>}, so two long names that differ only at the end
 * never meet; the original name is kept in the database.
 */
final class SafeFileNames {

    static final int MAX_BYTES = 255;
    private static final int SHA_PREFIX = 12;
    private static final int MAX_EXTENSION = 10;
    private static final String REFUSED = "\\/:*?\"<>|";

    private SafeFileNames() {
    }

    /** {@code name} made safe so that {@code reservedBytes} more bytes still fit in {@link #MAX_BYTES}. */
    static String fit(String name, int reservedBytes, String sha256) {
        String safe = replaceRefused(name);
        if (safe.equals(name) && bytes(safe) + reservedBytes <= MAX_BYTES) {
            return name;
        }
        int dot = safe.lastIndexOf('.');
        boolean hasExtension = dot > 0 && safe.length() - dot <= MAX_EXTENSION;
        String extension = hasExtension ? safe.substring(dot) : "";
        String mark = "~" + sha256.substring(0, SHA_PREFIX);
        int budget = MAX_BYTES - reservedBytes - bytes(mark) - bytes(extension);
        String stem = cut(hasExtension ? safe.substring(0, dot) : safe, budget);
        return stem + mark + extension;
    }

    private static String replaceRefused(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1));
            if (pair) {
                out.append(c).append(name.charAt(++i));
            } else {
                boolean refused = c < 0x20 || c == 0x7F || REFUSED.indexOf(c) >= 0 || Character.isSurrogate(c);
                out.append(refused ? '_' : c);
            }
        }
        // Windows drops trailing dots and blanks, so two names could become one there
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == '.' || out.charAt(end - 1) == ' ')) {
            out.setCharAt(--end, '_');
        }
        return out.toString();
    }

    /** The longest prefix of {@code text} of at most {@code budget} bytes, never splitting a character. */
    private static String cut(String text, int budget) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            int size = bytes(text.substring(end, next));
            if (used + size > budget) {
                break;
            }
            used += size;
            end = next;
        }
        return text.substring(0, end);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
