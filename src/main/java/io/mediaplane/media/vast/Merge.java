package io.mediaplane.media.vast;

import java.util.ArrayList;
import java.util.List;

/** An InLine ad with the impressions, errors and tracking of the wrappers that led to it. */
final class Merge {
    private Merge() {}

    static Ad inline(Ad inline, List<Ad> wrappers) {
        if (wrappers.isEmpty()) {
            return inline;
        }
        List<String> impressions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Tracking> tracking = new ArrayList<>();
        List<String> clicks = new ArrayList<>();
        int sequence = inline.sequence();
        for (Ad w : wrappers) {
            impressions.addAll(w.impressions());
            errors.addAll(w.errors());
            for (Creative c : w.creatives()) {
                tracking.addAll(c.linear().trackingEvents());
                clicks.addAll(c.linear().clickTracking());
            }
            if (sequence == 0) {
                sequence = w.sequence();
            }
        }
        impressions.addAll(inline.impressions());
        errors.addAll(inline.errors());
        List<Creative> creatives = new ArrayList<>();
        for (Creative c : inline.creatives()) {
            creatives.add(
                    new Creative(c.id(), c.adId(), c.sequence(), c.linear().plus(tracking, clicks)));
        }
        return new Ad(
                inline.id(),
                sequence,
                inline.adSystem(),
                inline.adTitle(),
                impressions,
                errors,
                creatives,
                inline.wrapper());
    }
}
