package io.mediaplane.media.vast;

import static io.mediaplane.media.xml.Dom.attribute;
import static io.mediaplane.media.xml.Dom.child;
import static io.mediaplane.media.xml.Dom.childText;
import static io.mediaplane.media.xml.Dom.children;
import static io.mediaplane.media.xml.Dom.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads a {@code <VAST>} element into the model; an ad that cannot be read is rejected alone. */
final class VastParser {
    private VastParser() {}

    static Vast vast(Element root) {
        List<Ad> ads = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Element ad : children(root, "Ad")) {
            try {
                ads.add(ad(ad));
            } catch (VastException e) {
                rejected.add("ad " + (ads.size() + rejected.size() + 1) + idOf(ad) + ": " + e.getMessage());
            }
        }
        return new Vast(attribute(root, "version"), ads, urls(root, "Error"), rejected);
    }

    private static String idOf(Element ad) {
        String id = attribute(ad, "id");
        return id == null ? "" : " (id " + id + ")";
    }

    static Ad ad(Element ad) {
        Element inline = child(ad, "InLine");
        Element wrapper = child(ad, "Wrapper");
        Element body = inline != null ? inline : wrapper;
        if (body == null) {
            throw new VastException("it has neither <InLine> nor <Wrapper>");
        }
        Optional<Wrapper> w = Optional.empty();
        if (inline == null) {
            String uri = childText(wrapper, "VASTAdTagURI");
            if (uri == null) {
                throw new VastException("its <Wrapper> has no <VASTAdTagURI>");
            }
            String allow = attribute(wrapper, "allowMultipleAds");
            w = Optional.of(new Wrapper(
                    uri,
                    !"false".equals(attribute(wrapper, "followAdditionalWrappers")),
                    allow == null ? Optional.empty() : Optional.of("true".equals(allow))));
        }
        List<Creative> creatives = new ArrayList<>();
        Element cs = child(body, "Creatives");
        if (cs != null) {
            for (Element c : children(cs, "Creative")) {
                Element linear = child(c, "Linear");
                if (linear != null) {
                    creatives.add(new Creative(
                            attribute(c, "id"),
                            attribute(c, "adId") != null ? attribute(c, "adId") : attribute(c, "AdID"),
                            positive(attribute(c, "sequence"), "Creative sequence"),
                            LinearParser.linear(linear, inline != null)));
                }
            }
        }
        return new Ad(
                attribute(ad, "id"),
                positive(attribute(ad, "sequence"), "Ad sequence"),
                childText(body, "AdSystem"),
                childText(body, "AdTitle"),
                urls(body, "Impression"),
                urls(body, "Error"),
                creatives,
                w);
    }

    /** The non-empty texts of the children named {@code name}. */
    static List<String> urls(Element parent, String name) {
        List<String> out = new ArrayList<>();
        for (Element e : children(parent, name)) {
            String t = text(e);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    static int positive(String value, String what) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new VastException(what + " '" + value + "' is not a whole number");
    }
}
