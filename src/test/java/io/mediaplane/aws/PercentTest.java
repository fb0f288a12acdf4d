package io.mediaplane.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decoding and query parsing; SigV4's encoding cases are in auth's CanonicalRequestTest and test suite. */
class PercentTest {
    @Test
    void percentDecodingIsUtf8AndLeavesPlusAlone() {
        assertEquals("a+b c/é", Percent.decode("a+b%20c%2F%C3%A9"));
        assertEquals("100%", Percent.decode("100%"));
        assertEquals("%zz", Percent.decode("%zz"));
        assertEquals("%4", Percent.decode("%4"));
        assertEquals("é", Percent.decode("%c3%a9"), "lower-case hex");
        assertEquals(
                Map.of("a", List.of("1", "2"), "b", List.of(""), "c d", List.of("x+y")),
                Percent.parseQuery("a=1&a=2&b&c%20d=x+y"));
        assertEquals(Map.of(), Percent.parseQuery(null));
    }

    @Test
    void encodingKeepsUnreservedAndSlashesAndEscapesTheRestAsUtf8() {
        StringBuilder out = new StringBuilder();
        Percent.encodePath("/a b/é~%3A", out);
        assertEquals("/a%20b/%C3%A9~%253A", out.toString());
        StringBuilder recoded = new StringBuilder();
        Percent.recode("a%2fb+c%zz", 0, 10, recoded);
        assertEquals("a%2Fb%2Bc%25zz", recoded.toString());
    }
}
