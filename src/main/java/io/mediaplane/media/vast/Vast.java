package io.mediaplane.media.vast;

import io.mediaplane.media.xml.Dom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A VAST 2.0, 3.0 or 4.x response: its ads in document order, the root-level error URLs (a "no ad"
 * response carries only those), and the ads that were left out because they could not be read,
 * with the reason (one bad ad does not spoil the others).
 */
public record Vast(String version, List<Ad> ads, List<String> errors, List<String> rejected) implements AdDocument {
    public Vast {
        ads = List.copyOf(ads);
        errors = List.copyOf(errors);
        rejected = List.copyOf(rejected);
    }

    public static Vast parse(byte[] xml) {
        Element root = Documents.root(xml);
        if (!Dom.localName(root).equals("VAST")) {
            throw new VastException("the root element is <" + root.getTagName() + ">, not <VAST>");
        }
        return VastParser.vast(root);
    }

    public boolean isEmpty() {
        return ads.isEmpty();
    }

    /** The ads in play order: the pod (ads with a sequence, by sequence), then the stand-alone ads. */
    public List<Ad> podOrder() {
        List<Ad> pod = new ArrayList<>();
        List<Ad> standAlone = new ArrayList<>();
        for (Ad ad : ads) {
            (ad.sequence() > 0 ? pod : standAlone).add(ad);
        }
        pod.sort(Comparator.comparingInt(Ad::sequence));
        pod.addAll(standAlone);
        return pod;
    }
}
