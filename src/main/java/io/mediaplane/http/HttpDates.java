package io.mediaplane.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} response header, formatted once per second. SDKs read it to correct clock
 * skew, so every response carries it; formatting it per response would be wasted work.
 */
final class HttpDates {
    static final String DATE = "Date";
    /** RFC 9110 IMF-fixdate: always two-digit days, English names, GMT. */
    static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US);
    private static volatile Cached cached = new Cached(-1, "");

    private record Cached(long second, String text) {
    }

    private HttpDates() {
    }

    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Cached c = cached;
        if (c.second != second) {
            c = new Cached(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC)));
            cached = c;
        }
        return c.text;
    }
}
