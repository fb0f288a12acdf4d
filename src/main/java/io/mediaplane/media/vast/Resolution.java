package io.mediaplane.media.vast;

import java.util.List;

/**
 * What wrapper resolution gives: InLine ads carrying their wrappers' impressions and tracking, in
 * play order within each response, and the chains that failed.
 */
public record Resolution(List<Ad> ads, List<Failure> failures) {
    /**
     * A wrapper chain that gave no ad: a VAST error code (100 XML parsing error, 300 wrapper error,
     * 301 wrapper timeout or fetch failure, 302 wrapper limit reached, 303 no ad after wrappers),
     * the reason, and the chain's Error URLs to fire with that code.
     */
    public record Failure(int errorCode, String message, List<String> errorUrls) {
        public Failure {
            errorUrls = List.copyOf(errorUrls);
        }
    }

    public Resolution {
        ads = List.copyOf(ads);
        failures = List.copyOf(failures);
    }
}
