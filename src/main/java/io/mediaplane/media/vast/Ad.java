package io.mediaplane.media.vast;

import java.util.List;
import java.util.Optional;

/**
 * An InLine ad, or a Wrapper ad when {@code wrapper} is present. {@code sequence} is the position in
 * a pod (from 1), 0 for a stand-alone ad. Strings are null when absent.
 */
public record Ad(
        String id,
        int sequence,
        String adSystem,
        String adTitle,
        List<String> impressions,
        List<String> errors,
        List<Creative> creatives,
        Optional<Wrapper> wrapper) {

    public Ad {
        impressions = List.copyOf(impressions);
        errors = List.copyOf(errors);
        creatives = List.copyOf(creatives);
    }

    public boolean isWrapper() {
        return wrapper.isPresent();
    }

    /** The linear creatives' total duration in milliseconds (0 when none has one). */
    public long durationMillis() {
        long ms = 0;
        for (Creative c : creatives) {
            ms += c.linear().duration().map(java.time.Duration::toMillis).orElse(0L);
        }
        return ms;
    }
}
