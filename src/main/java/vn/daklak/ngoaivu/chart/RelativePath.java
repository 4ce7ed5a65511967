package vn.daklak.ngoaivu.chart;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites SVG path data from absolute to relative coordinates ({@code M120.5,30L130,30} → {@code m120.5,30l9.5,0}):
 * a chart's bars, lines and slices are mostly four-digit absolute coordinates where the step from one point to the
 * next takes one or two digits. The coordinates are already rounded to a tenth of a pixel ({@link InlineSvg#number}),
 * so they are worked in whole tenths and every point lands exactly where it was. Path data with anything but JFreeSVG's M, L, Q, C and Z, or a number with more
 * than one decimal, is left as it is.
 */
final class RelativePath {

    private static final Pattern PATH_DATA = Pattern.compile(" d='([^']*)'");

    private RelativePath() {
    }

    /** Every {@code d='…'} attribute of {@code svg}, rewritten. */
    static String ofAll(String svg) {
        Matcher path = PATH_DATA.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (path.find()) {
            path.appendReplacement(out, Matcher.quoteReplacement(" d='" + of(path.group(1)) + "'"));
        }
        return path.appendTail(out).toString();
    }

    /** One path's data, rewritten; unchanged when it holds something this does not know. */
    static String of(String data) {
        StringBuilder out = new StringBuilder(data.length());
        long x = 0;
        long y = 0;
        long startX = 0;
        long startY = 0;
        int i = 0;
        while (i < data.length()) {
            char command = data.charAt(i++);
            int count = switch (command) {
                case 'M', 'L' -> 2;
                case 'Q' -> 4;
                case 'C' -> 6;
                case 'Z' -> 0;
                default -> -1;
            };
            if (count < 0) {
                return data;
            }
            out.append(Character.toLowerCase(command));
            if (count == 0) {
                x = startX;
                y = startY;
                continue;
            }
            long[] values = new long[count];
            for (int k = 0; k < count; k++) {
                if (k > 0 && (i >= data.length() || data.charAt(i++) != ',')) {
                    return data;
                }
                int end = numberEnd(data, i);
                Long tenths = end == i ? null : tenths(data.substring(i, end));
                if (tenths == null) {
                    return data;
                }
                values[k] = tenths;
                i = end;
            }
            // every coordinate of a relative segment is relative to the point the segment starts from
            for (int k = 0; k < count; k++) {
                long delta = values[k] - (k % 2 == 0 ? x : y);
                if (k > 0 && delta >= 0) {
                    out.append(',');
                }
                out.append(text(delta));
            }
            x = values[count - 2];
            y = values[count - 1];
            if (command == 'M') {
                startX = x;
                startY = y;
            }
        }
        return out.toString();
    }

    private static int numberEnd(String data, int from) {
        int i = from;
        while (i < data.length() && (Character.isDigit(data.charAt(i)) || data.charAt(i) == '.'
                || data.charAt(i) == '-' && i == from)) {
            i++;
        }
        return i;
    }

    /** "12.3" → 123, "-4" → -40; null for anything finer than a tenth or not a number. */
    private static Long tenths(String number) {
        int dot = number.indexOf('.');
        if (dot >= 0 && number.length() - dot != 2 || number.equals("-")) {
            return null;
        }
        try {
            boolean negative = number.startsWith("-");
            String digits = dot < 0 ? number + "0" : number.substring(0, dot) + number.charAt(dot + 1);
            long value = Long.parseLong(digits.replace("-", ""));
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Tenths as the shortest SVG number: 25 → "2.5", -5 → "-.5", 30 → "3". */
    private static String text(long tenths) {
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        if (tenth == 0) {
            return sign + whole;
        }
        return sign + (whole == 0 ? "" : Long.toString(whole)) + "." + tenth;
    }
}
