package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The shared strings of the agency's package with the formula escape on each string's first text; others as they are. */
final class SharedStringsEscape {

    private static final int FLUSH_AT = 1 << 16;

    private SharedStringsEscape() {
    }

    static void rewrite(InputStream in, OutputStream out) throws IOException {
        XmlBytes xml = new XmlBytes(in);
        boolean first = false;
        while (xml.text()) {
            int start = xml.tag();
            if (xml.isTag(start, "si")) {
                first = true;
            } else if (first && xml.isTag(start, "t") && !xml.selfClosing(start)) {
                first = false;
                if (TextEscape.suspicious(xml.peek())) {
                    xml.writeTo(out, 0, xml.length());
                    xml.clear();
                    xml.text();
                    String raw = xml.string(0, xml.length());
                    out.write(TextEscape.escapeXmlText(raw).getBytes(StandardCharsets.UTF_8));
                    xml.clear();
                }
            }
            if (xml.length() > FLUSH_AT) {
                xml.writeTo(out, 0, xml.length());
                xml.clear();
            }
        }
        xml.writeTo(out, 0, xml.length());
    }
}
