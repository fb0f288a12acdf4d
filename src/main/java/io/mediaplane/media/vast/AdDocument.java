package io.mediaplane.media.vast;

import io.mediaplane.media.xml.Dom;
import org.w3c.dom.Element;

/** What an ad decision server answers: a VAST or a VMAP document. */
public sealed interface AdDocument permits Vast, Vmap {
    /** Parses a VAST or VMAP document, told apart by its root element. */
    static AdDocument parse(byte[] xml) {
        Element root = Documents.root(xml);
        return switch (Dom.localName(root)) {
            case "VAST" -> VastParser.vast(root);
            case "VMAP" -> VmapParser.vmap(root);
            default -> throw new VastException("the root element is <" + root.getTagName() + ">, not <VAST> or <VMAP>");
        };
    }
}
