package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes), encoded straight to
 * UTF-8 bytes in one reusable buffer: what goes on the wire, with no String, Reader or charset encoder in between
 * (pgjdbc's {@code copyIn(sql, Reader)} re-encoded every character of a chunk it had just been handed as text).
 */
final class CopyText {

    private static final byte[] NULL = {'\\', 'N'};

    private byte[] out;
    private int size;

    CopyText(int capacity) {
        this.out = new byte[Math.max(capacity, 64)];
    }

    /** One row: the submission first, then the table's values in its column order. */
    void row(long submissionId, List<Object> values) {
        number(submissionId);
        for (Object value : values) {
            put((byte) '\t');
            value(value);
        }
        put((byte) '\n');
    }

    /** Bytes written since the last {@link #clear()}. */
    int size() {
        return size;
    }

    /** The buffer itself (valid up to {@link #size()}): handed to the COPY stream without a copy. */
    byte[] buffer() {
        return out;
    }

    void clear() {
        size = 0;
    }

    /** The rows written so far as text (tests and benchmarks). */
    String text() {
        return new String(out, 0, size, StandardCharsets.UTF_8);
    }

    private void value(Object value) {
        if (value == null) {
            ensure(2);
            System.arraycopy(NULL, 0, out, size, 2);
            size += 2;
        } else if (value instanceof String s) {
            text(s);
        } else if (value instanceof Integer i) {
            number(i);
        } else if (value instanceof Long l) {
            number(l);
        } else if (value instanceof BigDecimal d) {
            text(d.toPlainString());
        } else {
            text(value.toString());
        }
    }

    private void number(long value) {
        if (value >= 0 && value < 10) {
            put((byte) ('0' + value));
        } else {
            text(Long.toString(value));
        }
    }

    /** UTF-8 by hand: the common case (Vietnamese text) is one to three bytes a character, escapes only for four. */
    private void text(String s) {
        int length = s.length();
        ensure(length * 3);
        byte[] b = out;
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> { b[at++] = '\\'; b[at++] = '\\'; }
                    case '\t' -> { b[at++] = '\\'; b[at++] = 't'; }
                    case '\n' -> { b[at++] = '\\'; b[at++] = 'n'; }
                    case '\r' -> { b[at++] = '\\'; b[at++] = 'r'; }
                    default -> b[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                // a pair of chars became 4 bytes: within the 3 bytes a char reserved above
                b[at++] = (byte) (0xF0 | cp >> 18);
                b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[at++] = '?';   // a lone surrogate has no UTF-8 form; String.getBytes writes '?' as well
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = at;
    }

    private void put(byte b) {
        ensure(1);
        out[size++] = b;
    }

    /** Room for {@code n} more bytes (an escaped ASCII char takes 2 of the 3 reserved per char). */
    private void ensure(int n) {
        if (size + n > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + n));
        }
    }
}
