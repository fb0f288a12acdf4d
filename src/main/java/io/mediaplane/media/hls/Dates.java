package io.mediaplane.media.hls;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The date-time form this package writes: UTC with milliseconds. */
final class Dates {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private Dates() {}

    static String format(OffsetDateTime t) {
        return MILLIS.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
