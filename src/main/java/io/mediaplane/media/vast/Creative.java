package io.mediaplane.media.vast;

/**
 * A creative with a linear part (companion and non-linear creatives are not kept). {@code id} and
 * {@code adId} are null when absent; {@code sequence} is 0 when absent.
 */
public record Creative(String id, String adId, int sequence, Linear linear) {}
