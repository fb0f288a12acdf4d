package io.mediaplane.media.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML (ad server responses, origin MPDs) into a namespace-aware DOM with DOCTYPE
 * refused outright: no DTD, no entity of any kind, so neither external entities (XXE) nor entity
 * expansion (billion laughs) can happen. CDATA is merged into text. Nothing is printed on errors.
 */
public final class SecureXml {
    private static final DocumentBuilderFactory FACTORY = factory();
    private static final ErrorHandler THROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SecureXml() {}

    /** The document, or a SAXException saying why the bytes are not acceptable XML. */
    public static Document parse(byte[] xml) throws SAXException {
        DocumentBuilder builder;
        synchronized (FACTORY) {
            try {
                builder = FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
        builder.setErrorHandler(THROW);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entities are not allowed: " + systemId);
        });
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (IOException e) {
            throw new SAXException(e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setNamespaceAware(true);
            f.setCoalescing(true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
        return f;
    }
}
