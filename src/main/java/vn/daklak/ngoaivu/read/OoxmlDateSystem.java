package vn.daklak.ngoaivu.read;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The date system of an .xlsx: {@code <workbookPr date1904="1"/>} in the workbook part. fastexcel-reader reads the
 * attribute with {@code Boolean.parseBoolean}, which takes the {@code "1"} Excel writes for false, so 1904-system
 * files (Excel for Mac) would be read four years and a day early.
 */
final class OoxmlDateSystem {

    private OoxmlDateSystem() {
    }

    /** True when the workbook part read by {@code r} says 1904; xsd:boolean allows "1" and "true". */
    static boolean date1904(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if ("workbookPr".equals(name)) {
                    String value = r.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equalsIgnoreCase(value);
                }
                if ("sheets".equals(name)) {
                    // workbookPr comes before sheets in the schema's order: past it, there is none
                    return false;
                }
            }
        }
        return false;
    }
}
