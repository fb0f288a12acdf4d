package io.mediaplane.media.vast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A linear creative: duration (absent in wrappers), skip offset, media files, tracking events,
 * click-through URL (or null) and click-tracking URLs.
 */
public record Linear(
        Optional<Duration> duration,
        Optional<TimeOffset> skipOffset,
        List<MediaFile> mediaFiles,
        List<Tracking> trackingEvents,
        String clickThrough,
        List<String> clickTracking) {

    public Linear {
        mediaFiles = List.copyOf(mediaFiles);
        trackingEvents = List.copyOf(trackingEvents);
        clickTracking = List.copyOf(clickTracking);
    }

    /** The URLs tracking {@code event}, in document order. */
    public List<String> tracking(String event) {
        List<String> out = new ArrayList<>();
        for (Tracking t : trackingEvents) {
            if (t.event().equals(event)) {
                out.add(t.url());
            }
        }
        return out;
    }

    /** This creative with a wrapper's tracking and click-tracking URLs added after its own. */
    Linear plus(List<Tracking> tracking, List<String> clicks) {
        List<Tracking> t = new ArrayList<>(trackingEvents);
        t.addAll(tracking);
        List<String> c = new ArrayList<>(clickTracking);
        c.addAll(clicks);
        return new Linear(duration, skipOffset, mediaFiles, t, clickThrough, c);
    }
}
