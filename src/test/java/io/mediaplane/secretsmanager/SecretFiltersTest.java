package io.mediaplane.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.secretsmanager.ListShapes.Filter;
import io.mediaplane.secretsmanager.ListShapes.FilterKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretFiltersTest {
    private static SecretRecord secret(String name, String description, Map<String, String> tags) {
        return new SecretRecord("arn", name, description, null, 0, 0, null, null, tags, List.of());
    }

    private static boolean matches(SecretRecord s, FilterKey key, String... values) {
        return SecretFilters.matches(s, List.of(new Filter(key, List.of(values))));
    }

    @Test
    void wordsBreakAtPunctuationCaseChangesAndDigits() {
        assertEquals(List.of("creds", "database", "892"), SecretFilters.words("credsDatabase#892"));
        assertEquals(List.of("my", "secret"), SecretFilters.words("My_Secret"));
        assertEquals(List.of("prod", "db", "password"), SecretFilters.words("prod/db-password"));
        assertEquals(List.of("v", "2", "api"), SecretFilters.words("v2Api"));
    }

    @Test
    void prefixMatchesWithTheirCaseRules() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Team", "Video");
        SecretRecord s = secret("DatabaseSecret", "Primary DB", tags);
        assertTrue(matches(s, FilterKey.NAME, "Data"));
        assertFalse(matches(s, FilterKey.NAME, "data"), "name is case-sensitive");
        assertFalse(matches(s, FilterKey.NAME, "Secret"), "a prefix, not a substring");
        assertTrue(matches(s, FilterKey.DESCRIPTION, "primary d"), "description is not");
        assertTrue(matches(s, FilterKey.TAG_KEY, "Te"));
        assertFalse(matches(s, FilterKey.TAG_KEY, "te"));
        assertTrue(matches(s, FilterKey.TAG_VALUE, "Vid"));
        assertFalse(matches(s, FilterKey.TAG_VALUE, "vid"));
        assertTrue(matches(s, FilterKey.ALL, "secret"), "all: any word prefix, any case");
        assertTrue(matches(s, FilterKey.ALL, "nothing vid"), "all: any of the words");
        assertFalse(matches(s, FilterKey.ALL, "atabase"));
        assertFalse(matches(secret("x", null, Map.of()), FilterKey.DESCRIPTION, ""), "no description, no match");
    }

    @Test
    void negationAndCombination() {
        SecretRecord s = secret("prod/db", null, Map.of("env", "prod"));
        assertFalse(matches(s, FilterKey.NAME, "!prod"));
        assertTrue(matches(s, FilterKey.NAME, "!dev"));
        assertTrue(matches(s, FilterKey.TAG_KEY, "!owner"));
        assertTrue(matches(secret("bare", null, Map.of()), FilterKey.TAG_KEY, "!env"), "no tags: nothing matches");
        assertTrue(matches(s, FilterKey.NAME, "dev", "prod"), "values are alternatives");
        assertFalse(SecretFilters.matches(
                s,
                List.of(new Filter(FilterKey.NAME, List.of("prod")), new Filter(FilterKey.TAG_VALUE, List.of("dev")))));
        assertFalse(matches(s, FilterKey.PRIMARY_REGION, "us"));
        assertTrue(matches(s, FilterKey.OWNING_SERVICE, "!rds"));
    }

    @Test
    void valuesFollowTheModelsPattern() {
        assertTrue(SecretFilters.VALUE.matcher("!prod/db_1:a@b+c=d.e-f g").matches());
        assertFalse(SecretFilters.VALUE.matcher("a*b").matches());
        assertFalse(SecretFilters.VALUE.matcher("ä").matches());
    }
}
