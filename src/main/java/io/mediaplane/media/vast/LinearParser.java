package io.mediaplane.media.vast;

import static io.mediaplane.media.xml.Dom.attribute;
import static io.mediaplane.media.xml.Dom.child;
import static io.mediaplane.media.xml.Dom.childText;
import static io.mediaplane.media.xml.Dom.children;
import static io.mediaplane.media.xml.Dom.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads {@code <Linear>}: duration, skip offset, media files, tracking events and clicks. */
final class LinearParser {
    private LinearParser() {}

    static Linear linear(Element linear, boolean inline) {
        String d = childText(linear, "Duration");
        if (d == null && inline) {
            throw new VastException("an InLine <Linear> has no <Duration>");
        }
        Optional<Duration> duration = d == null ? Optional.empty() : Optional.of(Times.parse(d));
        String skip = attribute(linear, "skipoffset");
        List<MediaFile> files = new ArrayList<>();
        Element mediaFiles = child(linear, "MediaFiles");
        if (mediaFiles != null) {
            for (Element f : children(mediaFiles, "MediaFile")) {
                String url = text(f);
                if (url != null) {
                    files.add(mediaFile(f, url));
                }
            }
        }
        Element clicks = child(linear, "VideoClicks");
        return new Linear(
                duration,
                skip == null || skip.isBlank() ? Optional.empty() : Optional.of(TimeOffset.parseVast(skip)),
                files,
                tracking(child(linear, "TrackingEvents")),
                clicks == null ? null : childText(clicks, "ClickThrough"),
                clicks == null ? List.of() : VastParser.urls(clicks, "ClickTracking"));
    }

    /** The {@code <Tracking event=...>} children of a {@code TrackingEvents} element (VAST or VMAP). */
    static List<Tracking> tracking(Element trackingEvents) {
        List<Tracking> out = new ArrayList<>();
        if (trackingEvents == null) {
            return out;
        }
        for (Element t : children(trackingEvents, "Tracking")) {
            String event = attribute(t, "event");
            String url = text(t);
            if (event != null && url != null) {
                String offset = attribute(t, "offset");
                out.add(new Tracking(
                        event, url, offset == null ? Optional.empty() : Optional.of(TimeOffset.parseVast(offset))));
            }
        }
        return out;
    }

    private static MediaFile mediaFile(Element f, String url) {
        return new MediaFile(
                url,
                attribute(f, "delivery"),
                attribute(f, "type"),
                number(f, "width"),
                number(f, "height"),
                number(f, "bitrate"),
                number(f, "minBitrate"),
                number(f, "maxBitrate"),
                attribute(f, "codec"),
                attribute(f, "id"),
                attribute(f, "apiFramework"));
    }

    private static int number(Element f, String name) {
        return VastParser.positive(attribute(f, name), "MediaFile " + name);
    }
}
