package io.mediaplane.aws;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WildcardTest {
    @Test
    void iamFormHandlesBacktrackingQuestionMarksAndCase() {
        assertTrue(Wildcard.matches("a*b*c", "aXbYbZc", false));
        assertFalse(Wildcard.matches("a*b*c", "aXbYbZ", false));
        assertTrue(Wildcard.matches("*", "", false));
        assertFalse(Wildcard.matches("?", "", false));
        assertTrue(Wildcard.matches("a?c", "abc", false));
        assertTrue(Wildcard.matches("**a", "bba", false));
        assertTrue(Wildcard.matches("MEDIASTORE:get*", "mediastore:GetObject", true));
        assertFalse(Wildcard.matches("MEDIASTORE:get*", "mediastore:GetObject", false));
        assertFalse(Wildcard.matches("abc", "abcd", false));
    }

    @Test
    void mediaStoreFormHasOnlyStars() {
        assertTrue(Wildcard.matchesStars("*.ts", ".ts"));
        assertFalse(Wildcard.matchesStars("a*a", "a"));
        assertTrue(Wildcard.matchesStars("exact", "exact"));
        assertFalse(Wildcard.matchesStars("exact", "exactly"));
        assertTrue(Wildcard.matchesStars("a**", "a"));
        assertTrue(Wildcard.matchesStars("a*b*c", "a/x/b/y/c"), "a star crosses '/'");
        assertFalse(Wildcard.matchesStars("a?c", "abc"), "'?' is literal for MediaStore");
        assertTrue(Wildcard.matchesStars("a?c", "a?c"));
        assertFalse(Wildcard.matchesStars("Exact", "exact"), "case matters");
    }
}
