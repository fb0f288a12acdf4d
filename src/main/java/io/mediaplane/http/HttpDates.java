package io.mediaplane.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * HTTP dates (RFC 9110 IMF-fixdate: {@code Sun, 06 Nov 1994 08:49:37 GMT}, two-digit days,
 * English names), written by hand because a DateTimeFormatter costs microseconds per response.
 * The {@code Date} response header is formatted once per second: SDKs read it to correct clock
 * skew, so every response carries it.
 */
public final class HttpDates {
    static final String DATE = "Date";
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    private static volatile Cached cached = new Cached(Long.MIN_VALUE, "");

    private record Cached(long second, String text) {}

    private HttpDates() {}

    /** The IMF-fixdate of an instant (to the second, as HTTP dates are). */
    public static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(29);
        b.append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        two(b, t.getDayOfMonth())
                .append(' ')
                .append(MONTHS[t.getMonthValue() - 1])
                .append(' ');
        int year = t.getYear();
        b.append(year < 1000 ? String.format("%04d", year) : String.valueOf(year))
                .append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond()).append(" GMT");
        return b.toString();
    }

    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Cached c = cached;
        if (c.second != second) {
            c = new Cached(second, format(Instant.ofEpochSecond(second)));
            cached = c;
        }
        return c.text;
    }

    private static StringBuilder two(StringBuilder b, int n) {
        return b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
