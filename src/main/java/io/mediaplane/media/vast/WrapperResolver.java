package io.mediaplane.media.vast;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows Wrapper ads' VASTAdTagURIs, at most {@code maxWrappers} deep (MediaTailor allows 5), until
 * InLine ads are reached, and merges each wrapper's impressions, error URLs, linear tracking and
 * click tracking into them. Every fetch is checked against the deadline on the injected clock and
 * given only the time left. Honours followAdditionalWrappers and allowMultipleAds="false".
 */
public final class WrapperResolver {
    public static final int MEDIATAILOR_MAX_WRAPPERS = 5;

    private final VastFetcher fetcher;
    private final Clock clock;
    private final int maxWrappers;

    public WrapperResolver(VastFetcher fetcher, Clock clock, int maxWrappers) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.maxWrappers = maxWrappers;
    }

    /** Resolves every ad of {@code vast}, stopping work that would end after {@code deadline}. */
    public Resolution resolve(Vast vast, Instant deadline) {
        List<Ad> ads = new ArrayList<>();
        List<Resolution.Failure> failures = new ArrayList<>();
        for (Ad ad : vast.podOrder()) {
            collect(ad, List.of(), deadline, ads, failures);
        }
        return new Resolution(ads, failures);
    }

    private void collect(Ad ad, List<Ad> chain, Instant deadline, List<Ad> ads, List<Resolution.Failure> failures) {
        if (!ad.isWrapper()) {
            ads.add(Merge.inline(ad, chain));
            return;
        }
        List<Ad> wrappers = new ArrayList<>(chain);
        wrappers.add(ad);
        if (wrappers.size() > maxWrappers) {
            failures.add(failure(302, "more than " + maxWrappers + " wrappers", wrappers));
            return;
        }
        Wrapper w = ad.wrapper().orElseThrow();
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            failures.add(failure(301, "no time left to fetch " + w.adTagUri(), wrappers));
            return;
        }
        Vast next;
        try {
            byte[] body = fetcher.fetch(w.adTagUri(), left);
            if (clock.instant().isAfter(deadline)) {
                failures.add(failure(301, "fetching " + w.adTagUri() + " took longer than the time left", wrappers));
                return;
            }
            next = Vast.parse(body);
        } catch (IOException | RuntimeException e) {
            int code = e instanceof VastException ? 100 : 301;
            failures.add(failure(code, w.adTagUri() + ": " + e.getMessage(), wrappers));
            return;
        }
        List<Ad> children = next.podOrder();
        if (children.isEmpty()) {
            failures.add(failure(303, "no ad after the wrapper at " + w.adTagUri(), wrappers));
            return;
        }
        if (w.allowMultipleAds().equals(Optional.of(false))) {
            children = children.subList(0, 1);
        }
        for (Ad child : children) {
            if (child.isWrapper() && !w.followAdditionalWrappers()) {
                failures.add(failure(
                        300, w.adTagUri() + " answered a wrapper, and followAdditionalWrappers is false", wrappers));
            } else {
                collect(child, wrappers, deadline, ads, failures);
            }
        }
    }

    private static Resolution.Failure failure(int code, String message, List<Ad> chain) {
        List<String> urls = new ArrayList<>();
        for (Ad ad : chain) {
            urls.addAll(ad.errors());
        }
        return new Resolution.Failure(code, message, urls);
    }
}
