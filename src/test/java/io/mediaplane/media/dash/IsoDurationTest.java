package io.mediaplane.media.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** xs:duration as MPD attributes use it. */
class IsoDurationTest {

    @ParameterizedTest
    @CsvSource({
        "PT1H2M3.5S, 3723500",
        "PT0S, 0",
        "PT2.000S, 2000",
        "PT0.040S, 40",
        "PT36H, 129600000",
        "P1DT0.5S, 86400500",
        "P0Y0M0DT0H1M30S, 90000",
        "PT10M, 600000",
        "P2D, 172800000",
        "PT1.0005S, 1000"
    })
    void parses(String text, long millis) {
        assertEquals(millis, IsoDuration.parse(text).toMillis());
    }

    @Test
    void keepsNanoseconds() {
        assertEquals(Duration.ofNanos(1_000_000_001), IsoDuration.parse("PT1.000000001S"));
        assertEquals(Duration.ofSeconds(6, 6_000_000), IsoDuration.parse("PT6.006S"));
    }

    @ParameterizedTest
    @CsvSource({
        "PT1H2M3.5S, 3723500",
        "PT0S, 0",
        "PT36H, 129600000",
        "PT0.04S, 40",
        "PT10M, 600000",
        "PT1M0.001S, 60001"
    })
    void formatsTheShortestForm(String text, long millis) {
        assertEquals(text, IsoDuration.format(Duration.ofMillis(millis)));
        assertEquals(Duration.ofMillis(millis), IsoDuration.parse(IsoDuration.format(Duration.ofMillis(millis))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "P", "PT", "1H", "PT1H2H", "PTM", "PT1.5M", "P1Y", "P1M", "PT5", "PT1S2M", "P1H", "-PT1S",
                "PT1..5S", "PT.5S", "P1DT"
            })
    void refusesWhatIsNotAnMpdDuration(String text) {
        assertThrows(DashException.class, () -> IsoDuration.parse(text));
    }

    @Test
    void saysWhy() {
        assertEquals(
                "'P1Y' is not an ISO 8601 duration: years and months have no fixed length",
                assertThrows(DashException.class, () -> IsoDuration.parse("P1Y"))
                        .getMessage());
        assertThrows(DashException.class, () -> IsoDuration.format(Duration.ofSeconds(-1)));
    }
}
