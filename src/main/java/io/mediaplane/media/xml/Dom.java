package io.mediaplane.media.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM reads by local name, so documents match with or without a namespace prefix. */
public final class Dom {
    private Dom() {}

    /** The child elements named {@code localName}, in document order. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(localName(e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element named {@code localName}, or null. */
    public static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(localName(e))) {
                return e;
            }
        }
        return null;
    }

    /** The trimmed text of the first child named {@code localName}, or null when absent or empty. */
    public static String childText(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : text(e);
    }

    /** The element's trimmed text content (CDATA included), or null when empty. */
    public static String text(Element e) {
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    /** The attribute's value, or null when absent. */
    public static String attribute(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    public static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }
}
