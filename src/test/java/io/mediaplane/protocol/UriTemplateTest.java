package io.mediaplane.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UriTemplateTest {
    @Test
    void literalAndLabelSegments() {
        UriTemplate t = UriTemplate.parse("/v1/flows/{FlowArn}/outputs/{OutputArn}");
        assertEquals(Map.of("FlowArn", "a:b/c", "OutputArn", "o"), t.match("/v1/flows/a%3Ab%2Fc/outputs/o"));
        assertNull(t.match("/v1/flows/a/outputs"));
        assertNull(t.match("/v1/flows//outputs/o"), "empty labels do not match");
        assertNull(t.match("/v1/flows/a/outputs/o/extra"));
        assertNull(t.match("/v1/flow/a/outputs/o"));
        assertEquals(3, t.literals());
    }

    @Test
    void greedyLabelKeepsSlashesAndLeadingSlashes() {
        UriTemplate t = UriTemplate.parse("/{Path+}");
        assertEquals(Map.of("Path", "folder/file.ts"), t.match("/folder/file.ts"));
        assertEquals(Map.of("Path", "/folder/a b.ts"), t.match("//folder/a%20b.ts"));
        assertNull(t.match("/"));
        assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse("/{Path+}/x"));
    }

    @Test
    void queryLiteralsInTemplatesAreIgnoredForPathMatching() {
        assertEquals(
                Map.of("ResourceArn", "arn"),
                UriTemplate.parse("/tags/{ResourceArn}?tagKeys").match("/tags/arn"));
        assertEquals(Map.of(), UriTemplate.parse("/").match("/"));
        assertNull(UriTemplate.parse("/").match("/x"));
    }

    @Test
    void percentDecodingIsUtf8AndLeavesPlusAlone() {
        assertEquals("a+b c/é", PercentCodec.decode("a+b%20c%2F%C3%A9"));
        assertEquals("100%", PercentCodec.decode("100%"));
        assertEquals("%zz", PercentCodec.decode("%zz"));
        assertEquals(
                Map.of("a", java.util.List.of("1", "2"), "b", java.util.List.of(""), "c d", java.util.List.of("x+y")),
                PercentCodec.parseQuery("a=1&a=2&b&c%20d=x+y"));
    }
}
