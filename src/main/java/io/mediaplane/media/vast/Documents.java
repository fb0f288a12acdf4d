package io.mediaplane.media.vast;

import io.mediaplane.media.xml.SecureXml;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** XML parsing for ad documents, with the parser's reason in the error. */
final class Documents {
    private Documents() {}

    static Element root(byte[] xml) {
        if (xml.length == 0) {
            throw new VastException("the ad response is empty");
        }
        try {
            return SecureXml.parse(xml).getDocumentElement();
        } catch (SAXException e) {
            throw new VastException("the ad response is not acceptable XML: " + e.getMessage(), e);
        }
    }
}
