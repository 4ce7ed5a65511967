package vn.daklak.ngoaivu.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.w3c.dom.Document;
import vn.daklak.ngoaivu.feedback.OwnSheet.Style;

/**
 * The styles part of our own two sheets and the number of each {@link Style} in it: exactly what POI writes for
 * {@link FeedbackStyles} in a new workbook, which {@code OwnStylesTest} checks byte for byte and number for number.
 * Kept as text because making it at run time means creating a POI {@code XSSFWorkbook}: about 2,400 classes loaded
 * and 1.4–2.3 s on these 2 cores, on the first feedback of every night, for 2 KB that never change (issue 10).
 */
final class OwnStyles {

    /** The part as POI writes it, its line breaks (added here for reading; one inside a tag, after its space) removed. */
    private static final byte[] XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <numFmts count="0"/>
            <fonts count="6">
            <font><sz val="11.0"/><color indexed="8"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>
            <font><name val="Calibri"/><sz val="11.0"/><b val="true"/><color indexed="8"/></font>
            <font><name val="Calibri"/><sz val="14.0"/><b val="true"/><color indexed="18"/></font>
            <font><name val="Calibri"/><sz val="11.0"/><b val="true"/><color indexed="8"/></font>
            <font><name val="Calibri"/><sz val="12.0"/><b val="true"/><color indexed="17"/></font>
            <font><name val="Calibri"/><sz val="12.0"/><b val="true"/><color indexed="10"/></font></fonts>
            <fills count="4">
            <fill><patternFill patternType="none"/></fill>
            <fill><patternFill patternType="darkGray"/></fill>
            <fill><patternFill patternType="none"><fgColor indexed="22"/></patternFill></fill>
            <fill><patternFill patternType="solid"><fgColor indexed="22"/></patternFill></fill></fills>
            <borders count="5">
            <border><left/><right/><top/><bottom/><diagonal/></border>
            <border><bottom style="thin"/></border>
            <border><top style="thin"/><bottom style="thin"/></border>
            <border><left style="thin"/><top style="thin"/><bottom style="thin"/></border>
            <border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border>
            </borders>
            <cellStyleXfs count="1">
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
            <cellXfs count="7">
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
            <xf numFmtId="0" fontId="1" fillId="3" borderId="4" xfId="0"
             applyFont="true" applyBorder="true" applyAlignment="true" applyFill="true">
            <alignment wrapText="true" vertical="top"/></xf>
            <xf numFmtId="0" fontId="0" fillId="0" borderId="4" xfId="0" applyBorder="true" applyAlignment="true">
            <alignment vertical="top" wrapText="true"/></xf>
            <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="true">
            <alignment wrapText="true"/></xf>
            <xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="true" applyAlignment="true">
            <alignment wrapText="true" vertical="top"/></xf>
            <xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="true">
            <alignment wrapText="true"/></xf>
            <xf numFmtId="0" fontId="5" fillId="0" borderId="0" xfId="0" applyFont="true">
            <alignment wrapText="true"/></xf></cellXfs></styleSheet>
            """.replace("\n", "").strip().getBytes(StandardCharsets.UTF_8);
    private static final Map<Style, Integer> INDEX = Map.of(Style.HEADER, 1, Style.WRAP, 2, Style.TITLE, 3,
            Style.LABEL, 4, Style.ACCEPTED, 5, Style.REJECTED, 6);
    private static final OwnStyles INSTANCE = new OwnStyles();

    private OwnStyles() {
    }

    static OwnStyles get() {
        return INSTANCE;
    }

    /** The styles part. */
    byte[] xml() {
        return XML.clone();
    }

    /** A fresh document of the styles part (callers may change theirs). */
    Document document() throws IOException {
        return OoxmlXml.parse(new ByteArrayInputStream(XML));
    }

    int index(Style style) {
        return INDEX.get(style);
    }
}
