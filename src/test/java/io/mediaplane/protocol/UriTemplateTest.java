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
}
