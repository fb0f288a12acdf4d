package io.mediaplane.media.vast;

import java.util.List;
import java.util.Optional;

/**
 * A VMAP {@code <AdBreak>}: where it plays, its break types ("linear", "nonlinear", "display"),
 * its id (or null), where its ads come from, and its breakStart/breakEnd/error tracking.
 */
public record AdBreak(
        TimeOffset timeOffset,
        List<String> breakTypes,
        String breakId,
        Optional<AdSource> adSource,
        List<Tracking> trackingEvents) {

    public AdBreak {
        breakTypes = List.copyOf(breakTypes);
        trackingEvents = List.copyOf(trackingEvents);
    }

    public boolean isLinear() {
        return breakTypes.contains("linear");
    }
}
