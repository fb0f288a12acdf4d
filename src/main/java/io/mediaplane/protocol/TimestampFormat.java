package io.mediaplane.protocol;

/** How a service writes timestamps in JSON bodies, as its AWS model says. */
public enum TimestampFormat {
    /** A JSON number of seconds since the epoch, with milliseconds as a fraction (MediaStore, MediaTailor). */
    EPOCH_SECONDS,
    /** An ISO-8601 / RFC 3339 string such as {@code 2025-01-01T00:00:00Z} (MediaConnect). */
    ISO_8601
}
