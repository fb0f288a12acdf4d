package io.mediaplane.media.vast;

import java.util.Optional;

/**
 * What makes an ad a wrapper: the VAST ad tag URI to follow and the VAST 3/4 attributes that limit
 * the following. {@code allowMultipleAds} is empty when the attribute is absent.
 */
public record Wrapper(String adTagUri, boolean followAdditionalWrappers, Optional<Boolean> allowMultipleAds) {}
