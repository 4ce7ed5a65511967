package vn.daklak.ngoaivu.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The small parts of a package (workbook, relationships, content types, styles) edited as DOM documents, parsed with
 * POI's hardened factory (no DTD, no external entities). The sheets themselves are never parsed whole.
 */
final class OoxmlXml {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Looked up once: the lookup (a service search through the class path) cost more than the transform itself. */
    private static final TransformerFactory TRANSFORMERS = XMLHelper.getTransformerFactory();

    private OoxmlXml() {
    }

    static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilder builder = XMLHelper.newDocumentBuilder();
            return builder.parse(in);
        } catch (SAXException e) {
            throw new IOException("malformed part", e);
        }
    }

    static byte[] bytes(Document doc) throws IOException {
        try {
            Transformer t;
            synchronized (TRANSFORMERS) {
                t = TRANSFORMERS.newTransformer();
            }
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            doc.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("cannot write part", e);
        }
    }

    /** The first child element of the given local name, or null. */
    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The element children of a parent, in order. */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** A new element in the namespace and with the prefix of the document's root. */
    static Element element(Document doc, String localName) {
        Element root = doc.getDocumentElement();
        String prefix = root.getPrefix();
        return doc.createElementNS(root.getNamespaceURI(), prefix == null ? localName : prefix + ":" + localName);
    }
}
