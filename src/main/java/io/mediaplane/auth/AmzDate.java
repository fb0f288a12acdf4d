package io.mediaplane.auth;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The SigV4 timestamp {@code yyyyMMdd'T'HHmmss'Z'} ("ISO-8601 basic"), parsed without regex or formatter. */
final class AmzDate {

    private static final DateTimeFormatter BASIC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private AmzDate() {}

    /** Epoch seconds of a basic-format timestamp, or {@link Long#MIN_VALUE} when it is not one. */
    static long parse(String s) {
        if (s == null || s.length() != 16 || s.charAt(8) != 'T' || s.charAt(15) != 'Z') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 4, 6);
        int day = digits(s, 6, 8);
        int hour = digits(s, 9, 11);
        int minute = digits(s, 11, 13);
        int second = digits(s, 13, 15);
        if ((year | month | day | hour | minute | second) < 0) {
            return Long.MIN_VALUE;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Whether {@code s} looks like a scope date {@code yyyyMMdd}. */
    static boolean isScopeDate(String s) {
        return s.length() == 8 && digits(s, 0, 8) >= 0;
    }

    /** Epoch seconds of an RFC 1123 {@code Date} header value, or {@link Long#MIN_VALUE}. */
    static long parseHttpDate(String s) {
        try {
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toEpochSecond();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    static String format(long epochSecond) {
        return BASIC.format(Instant.ofEpochSecond(epochSecond));
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
