package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A part's bytes read as a sequence of text runs and tags without building anything per element, so a 178 MB sheet is
 * copied at the speed of a byte scan. Bytes go into a growable buffer that the caller flushes or inspects; the caller
 * decides which tags matter (rows, formulas, texts).
 */
final class XmlBytes {

    /** A part that needs more than this in one piece (a head, a tail, one row) is not rewritten at byte level. */
    static final int MAX_PIECE = 64 * 1024 * 1024;

    private final InputStream in;
    private final byte[] input = new byte[1 << 16];
    private int inPos;
    private int inLen;
    private byte[] buf = new byte[1 << 16];
    private int len;

    XmlBytes(InputStream in) {
        this.in = in;
    }

    /** Copies text up to the next '<' (left unread) into the buffer; false at the end of the part. */
    boolean text() throws IOException {
        while (true) {
            if (inPos == inLen && !fill()) {
                return false;
            }
            int i = inPos;
            byte[] b = input;
            int end = inLen;
            while (i < end && b[i] != '<') {
                i++;
            }
            append(b, inPos, i - inPos);
            inPos = i;
            if (i < end) {
                return true;
            }
        }
    }

    /** Reads one tag (at a '<') into the buffer; returns where it starts there. Quotes and comments are respected. */
    int tag() throws IOException {
        int start = len;
        int quote = 0;
        while (true) {
            int c = next();
            if (c < 0) {
                throw new IOException("part ends inside a tag");
            }
            appendByte(c);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>' && tagComplete(start)) {
                return start;
            }
        }
    }

    private boolean tagComplete(int start) {
        if (len - start >= 4 && buf[start + 1] == '!' && buf[start + 2] == '-' && buf[start + 3] == '-') {
            return len - start >= 7 && buf[len - 2] == '-' && buf[len - 3] == '-';
        }
        if (len - start >= 9 && buf[start + 1] == '!' && buf[start + 2] == '[') {
            return buf[len - 2] == ']' && buf[len - 3] == ']';
        }
        return true;
    }

    /** Whether the tag at {@code start} has the local name {@code name} ("/row" for an end tag); no prefixes. */
    boolean isTag(int start, String name) {
        int n = name.length();
        if (start + 1 + n >= len) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[start + 1 + i] != name.charAt(i)) {
                return false;
            }
        }
        byte after = buf[start + 1 + n];
        return after == ' ' || after == '>' || after == '/' || after == '\t' || after == '\n' || after == '\r';
    }

    boolean selfClosing(int start) {
        return len - start >= 2 && buf[len - 2] == '/';
    }

    /** The next unread byte without consuming it, or -1 at the end. */
    int peek() throws IOException {
        if (inPos == inLen && !fill()) {
            return -1;
        }
        return input[inPos] & 0xff;
    }

    /** The whole-number attribute {@code name} of the tag at the start of the buffer, or -1 when it has none. */
    int intAttribute(String name) {
        int i = 1;
        while (i < len && buf[i] != '>') {
            if ((buf[i - 1] == ' ' || buf[i - 1] == '\t' || buf[i - 1] == '\n' || buf[i - 1] == '\r')
                    && matches(i, name) && i + name.length() + 1 < len && buf[i + name.length()] == '='
                    && (buf[i + name.length() + 1] == '"' || buf[i + name.length() + 1] == '\'')) {
                return digits(i + name.length() + 2);
            }
            i++;
        }
        return -1;
    }

    private boolean matches(int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (at + k >= len || buf[at + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int digits(int at) {
        long value = 0;
        int i = at;
        while (i < len && buf[i] >= '0' && buf[i] <= '9' && value < Integer.MAX_VALUE) {
            value = value * 10 + (buf[i] - '0');
            i++;
        }
        return i == at || value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    int length() {
        return len;
    }

    String string(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    void writeTo(OutputStream out, int from, int to) throws IOException {
        out.write(buf, from, to - from);
    }

    /** Drops the first {@code n} bytes of the buffer (already written or taken). */
    void drop(int n) {
        System.arraycopy(buf, n, buf, 0, len - n);
        len -= n;
    }

    void clear() {
        len = 0;
    }

    private int next() throws IOException {
        if (inPos == inLen && !fill()) {
            return -1;
        }
        return input[inPos++] & 0xff;
    }

    private boolean fill() throws IOException {
        int n = in.read(input);
        while (n == 0) {
            n = in.read(input);
        }
        inPos = 0;
        inLen = Math.max(n, 0);
        return n > 0;
    }

    private void appendByte(int c) throws IOException {
        ensure(1);
        buf[len++] = (byte) c;
    }

    private void append(byte[] b, int off, int n) throws IOException {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    private void ensure(int n) throws IOException {
        if (len + n > buf.length) {
            if (len + n > MAX_PIECE) {
                throw new PieceTooLargeException();
            }
            buf = Arrays.copyOf(buf, Math.min(MAX_PIECE, Math.max(buf.length * 2, len + n)));
        }
    }

    /** A piece too large to hold: the caller falls back to the value-by-value copy. */
    static final class PieceTooLargeException extends IOException {
        PieceTooLargeException() {
            super("piece of the part too large to rewrite in place");
        }
    }
}
