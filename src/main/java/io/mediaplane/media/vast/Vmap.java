package io.mediaplane.media.vast;

import io.mediaplane.media.xml.Dom;
import java.util.List;
import org.w3c.dom.Element;

/** A VMAP 1.0 document: the ad breaks of a piece of content, in document order. */
public record Vmap(String version, List<AdBreak> adBreaks) implements AdDocument {
    public Vmap {
        adBreaks = List.copyOf(adBreaks);
    }

    public static Vmap parse(byte[] xml) {
        Element root = Documents.root(xml);
        if (!Dom.localName(root).equals("VMAP")) {
            throw new VastException("the root element is <" + root.getTagName() + ">, not <VMAP>");
        }
        return VmapParser.vmap(root);
    }
}
