package io.mediaplane.media.vast;

import static io.mediaplane.media.xml.Dom.attribute;
import static io.mediaplane.media.xml.Dom.child;
import static io.mediaplane.media.xml.Dom.children;
import static io.mediaplane.media.xml.Dom.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads a {@code <vmap:VMAP>} element (any prefix; matched by local name). */
final class VmapParser {
    private VmapParser() {}

    static Vmap vmap(Element root) {
        List<AdBreak> breaks = new ArrayList<>();
        for (Element b : children(root, "AdBreak")) {
            breaks.add(adBreak(b, breaks.size() + 1));
        }
        return new Vmap(attribute(root, "version"), breaks);
    }

    private static AdBreak adBreak(Element b, int n) {
        String offset = attribute(b, "timeOffset");
        if (offset == null) {
            throw new VastException("AdBreak " + n + " has no timeOffset");
        }
        String types = attribute(b, "breakType");
        if (types == null) {
            throw new VastException("AdBreak " + n + " has no breakType");
        }
        TimeOffset timeOffset;
        try {
            timeOffset = TimeOffset.parseVmap(offset);
        } catch (VastException e) {
            throw new VastException("AdBreak " + n + ": " + e.getMessage());
        }
        Element source = child(b, "AdSource");
        return new AdBreak(
                timeOffset,
                Arrays.stream(types.split(",")).map(String::strip).toList(),
                attribute(b, "breakId"),
                source == null ? Optional.empty() : Optional.of(adSource(source, n)),
                LinearParser.tracking(child(b, "TrackingEvents")));
    }

    private static AdSource adSource(Element s, int n) {
        Element data = child(s, "VASTAdData");
        Element tag = child(s, "AdTagURI");
        Optional<Vast> vast = Optional.empty();
        if (data != null) {
            Element root = child(data, "VAST");
            if (root == null) {
                throw new VastException("AdBreak " + n + ": <VASTAdData> holds no <VAST>");
            }
            vast = Optional.of(VastParser.vast(root));
        }
        Optional<String> uri = tag == null ? Optional.empty() : Optional.ofNullable(text(tag));
        if (vast.isEmpty() && uri.isEmpty()) {
            throw new VastException("AdBreak " + n + ": <AdSource> has neither <VASTAdData> nor <AdTagURI>");
        }
        return new AdSource(
                attribute(s, "id"),
                !"false".equals(attribute(s, "allowMultipleAds")),
                !"false".equals(attribute(s, "followRedirects")),
                vast,
                uri,
                tag == null ? null : attribute(tag, "templateType"));
    }
}
