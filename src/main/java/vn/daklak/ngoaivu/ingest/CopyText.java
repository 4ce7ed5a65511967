package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes), written straight
 * into one buffer: no CSV quoting decisions, no list per row beyond the table's own, no intermediate writer.
 */
final class CopyText {

    private final StringBuilder out;

    CopyText(int expectedRows) {
        this.out = new StringBuilder(Math.max(expectedRows, 1) * 160);
    }

    /** One row: the submission first, then the table's values in its column order. */
    void row(long submissionId, List<Object> values) {
        out.append(submissionId);
        for (Object value : values) {
            out.append('\t');
            value(value);
        }
        out.append('\n');
    }

    String text() {
        return out.toString();
    }

    private void value(Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String s) {
            text(s);
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else {
            text(value.toString());
        }
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
