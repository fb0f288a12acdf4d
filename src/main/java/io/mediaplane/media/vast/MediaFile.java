package io.mediaplane.media.vast;

/**
 * A linear creative's media file. Numbers are 0 when the attribute is absent; strings are null
 * when absent. {@code delivery} is "progressive" or "streaming"; {@code type} the MIME type.
 */
public record MediaFile(
        String url,
        String delivery,
        String type,
        int width,
        int height,
        int bitrate,
        int minBitrate,
        int maxBitrate,
        String codec,
        String id,
        String apiFramework) {

    /** Whether this is an HLS or DASH rendition set rather than a single file. */
    public boolean isStreaming() {
        return "streaming".equals(delivery)
                || "application/x-mpegURL".equalsIgnoreCase(type)
                || "application/vnd.apple.mpegurl".equalsIgnoreCase(type)
                || "application/dash+xml".equalsIgnoreCase(type);
    }
}
