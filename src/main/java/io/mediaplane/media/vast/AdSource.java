package io.mediaplane.media.vast;

import java.util.Optional;

/**
 * A VMAP {@code <AdSource>}: the ads inline ({@code vastAdData}) or an ad tag URI to fetch
 * ({@code adTagUri}, with its {@code templateType}, e.g. "vast3"); at least one is present.
 * allowMultipleAds and followRedirects default to true, as VMAP 1.0 says.
 */
public record AdSource(
        String id,
        boolean allowMultipleAds,
        boolean followRedirects,
        Optional<Vast> vastAdData,
        Optional<String> adTagUri,
        String templateType) {}
