package io.mediaplane.media.vast;

import java.util.Optional;

/**
 * A tracking URL for an event: VAST linear events (start, firstQuartile, midpoint, thirdQuartile,
 * complete, and every other event name as written: progress with its offset, skip, pause...) or
 * VMAP break events (breakStart, breakEnd, error).
 */
public record Tracking(String event, String url, Optional<TimeOffset> offset) {
    public static final String START = "start";
    public static final String FIRST_QUARTILE = "firstQuartile";
    public static final String MIDPOINT = "midpoint";
    public static final String THIRD_QUARTILE = "thirdQuartile";
    public static final String COMPLETE = "complete";
    public static final String PROGRESS = "progress";
}
