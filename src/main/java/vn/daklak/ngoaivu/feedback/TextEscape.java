package vn.daklak.ngoaivu.feedback;

import vn.daklak.ngoaivu.support.SpreadsheetText;

/**
 * The formula escape of {@link SpreadsheetText} applied to text as it stands in the XML of a part (with its entities):
 * a cheap first-byte test for the byte scan, then the exact rule on the decoded text.
 */
final class TextEscape {

    private TextEscape() {
    }

    /** Whether a text starting with this byte may need the escape: formula starts, blanks, entities, OOXML escapes. */
    static boolean suspicious(int firstByte) {
        return switch (firstByte) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '&', '_', 0xEF -> true;
            default -> false;
        };
    }

    /** The XML text made safe, or the same instance when it needs nothing. */
    static String escapeXmlText(String xmlText) {
        String text = decode(xmlText);
        String safe = SpreadsheetText.escape(text);
        return safe.equals(text) ? xmlText : encode(safe);
    }

    static String decode(String xml) {
        if (xml.indexOf('&') < 0) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length());
        int i = 0;
        while (i < xml.length()) {
            char c = xml.charAt(i);
            int semi = c == '&' ? xml.indexOf(';', i) : -1;
            if (semi < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(entity(xml.substring(i + 1, semi)));
            i = semi + 1;
        }
        return out.toString();
    }

    private static String entity(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> numeric(name);
        };
    }

    private static String numeric(String name) {
        try {
            int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
            return new String(Character.toChars(code));
        } catch (RuntimeException e) {
            return "&" + name + ";";
        }
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
