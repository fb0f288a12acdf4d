package io.mediaplane.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageTokensTest {
    private final PageTokens tokens = new PageTokens("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void roundTripsAndIsStableInTheMediaStoreAlphabet() {
        String t = tokens.issue("list/a", "container-42");
        assertEquals(t, tokens.issue("list/a", "container-42"));
        assertEquals("container-42", tokens.open("list/a", t));
        assertTrue(t.matches("[0-9A-Za-z=/+]+"), t);
    }

    @Test
    void refusesOtherListingsTamperingAndGarbage() {
        String t = tokens.issue("list/a", "c1");
        assertThrows(IllegalArgumentException.class, () -> tokens.open("list/b", t));
        byte[] raw = Base64.getDecoder().decode(t);
        raw[0] ^= 1;
        assertThrows(
                IllegalArgumentException.class,
                () -> tokens.open("list/a", Base64.getEncoder().encodeToString(raw)));
        assertThrows(IllegalArgumentException.class, () -> tokens.open("list/a", "not base64!"));
        assertThrows(IllegalArgumentException.class, () -> tokens.open("list/a", "AAAA"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new PageTokens(new byte[32]).open("list/a", t),
                "another key's token");
    }
}
