package io.mediaplane.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsAndEchoTest {
    @Test
    void awsRegionsAndTheOperatorsNamesAndPatterns() {
        Regions aws = Regions.aws();
        assertTrue(aws.known("us-east-1") && aws.known("eu-west-1") && aws.known("ap-southeast-7"));
        for (String invented : List.of("fake-1", "*", "..", "x\"y<script>", "", "US-EAST-1", "r".repeat(3000))) {
            assertFalse(aws.known(invented), invented);
        }
        assertFalse(aws.known(null));
        Regions own = Regions.of(List.of("on-prem-1", "*-lab-1", "edge-*"));
        assertTrue(
                own.known("on-prem-1") && own.known("berlin-lab-1") && own.known("edge-42") && own.known("us-west-2"));
        assertFalse(own.known("-lab-1") || own.known("a-b-lab-1") || own.known("edge-") || own.known("on-prem-2"));
        for (String bad : List.of("A", "a_b", "a--b", "-a", "a-", "a/b", "x".repeat(51))) {
            assertThrows(IllegalArgumentException.class, () -> Regions.of(List.of(bad)), bad);
        }
    }

    @Test
    void echoKeepsPlainTextAndEscapesTheRestWithinABound() {
        assertEquals("'us-east-1'", Echo.quote("us-east-1"));
        assertEquals("'a b:c/d'", Echo.quote("a b:c/d"));
        assertEquals("'x\\u0022y\\u003cscript\\u003e'", Echo.quote("x\"y<script>"));
        assertEquals("'a\\u000d\\u000ab'", Echo.quote("a\r\nb"));
        assertEquals("'\\u00e9'", Echo.quote("\u00e9"));
        assertEquals("'" + "r".repeat(64) + "...'", Echo.quote("r".repeat(3000)));
        assertEquals("''", Echo.quote(null));
    }
}
