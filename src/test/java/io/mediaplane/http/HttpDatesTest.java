package io.mediaplane.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HttpDatesTest {
    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    @Test
    void writesTheRfc9110Example() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDates.format(Instant.parse("1994-11-06T08:49:37.999Z")));
    }

    @Test
    void agreesWithJavaTimeOnAnyInstant() {
        SplittableRandom random = new SplittableRandom(9110);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L));
            assertEquals(REFERENCE.format(t.atOffset(ZoneOffset.UTC)), HttpDates.format(t), t.toString());
        }
        Instant epoch = Instant.EPOCH;
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", HttpDates.format(epoch));
    }
}
