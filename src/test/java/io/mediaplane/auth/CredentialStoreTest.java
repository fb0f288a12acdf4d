package io.mediaplane.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {

    @TempDir
    Path dir;

    Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("credentials.txt"), content);
    }

    @Test
    void defaultsKnowOnlyTestTest() {
        CredentialStore store = CredentialStore.defaults();
        assertEquals(Optional.of(new Credential("test", "test", "000000000000")), store.find("test"));
        assertEquals(Optional.empty(), store.find("TEST"));
        assertEquals(Optional.empty(), store.find(null));
        assertEquals(1, store.size());
    }

    @Test
    void loadsWhitespaceAndCommaSeparatedLinesSkippingCommentsAndBlanks() throws IOException {
        CredentialStore store = CredentialStore.load(file("""
                \uFEFF# Mediaplane credentials
                AKIAONE   secret/one+=   111111111111

                   # indented comment
                AKIATWO,secret-two,222222222222\r
                AKIATHREE ,\tsecret3 , 333333333333
                """));
        assertEquals(4, store.size());
        assertEquals("111111111111", store.find("AKIAONE").orElseThrow().accountId());
        assertEquals("secret/one+=", store.find("AKIAONE").orElseThrow().secretAccessKey());
        assertEquals(
                new Credential("AKIATWO", "secret-two", "222222222222"),
                store.find("AKIATWO").orElseThrow());
        assertEquals(
                new Credential("AKIATHREE", "secret3", "333333333333"),
                store.find("AKIATHREE").orElseThrow());
        assertTrue(store.find("test").isPresent(), "the default stays");
    }

    @Test
    void aFileMayRedefineTheDefaultKey() throws IOException {
        CredentialStore store = CredentialStore.load(file("test other-secret 999999999999\n"));
        assertEquals(
                new Credential("test", "other-secret", "999999999999"),
                store.find("test").orElseThrow());
    }

    @Test
    void malformedLineNamesFileAndLine() throws IOException {
        Path f = file("# header\nAKIAONE secret 111111111111\nAKIATWO only-two-fields\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CredentialStore.load(f));
        assertEquals(
                "credentials file " + f + ", line 3: expected 'accessKeyId secretAccessKey accountId' separated "
                        + "by whitespace or commas, found 2 field(s)",
                e.getMessage());
        assertFalse(e.getMessage().contains("only-two-fields"), "secrets must not leak into messages");
    }

    @Test
    void accountIdMustBeTwelveDigits() throws IOException {
        for (String bad : List.of("12345678901", "1234567890123", "12345678901a", "-12345678901")) {
            Path f = file("\n\nAKIAONE secret " + bad + "\n");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CredentialStore.load(f));
            assertEquals(
                    "credentials file " + f + ", line 3: account id '" + bad + "' is not 12 digits", e.getMessage());
        }
    }

    @Test
    void duplicateKeyInFile() throws IOException {
        Path f = file("AKIAONE a 111111111111\nAKIAONE b 222222222222\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CredentialStore.load(f));
        assertEquals(
                "credentials file " + f + ", line 2: access key 'AKIAONE' is already defined on line 1",
                e.getMessage());
    }

    @Test
    void emptyFileGivesDefaults() throws IOException {
        assertEquals(1, CredentialStore.load(file("")).size());
    }

    @Test
    void missingFile() {
        assertThrows(NoSuchFileException.class, () -> CredentialStore.load(dir.resolve("absent")));
    }

    @Test
    void ofAddsToDefaults() {
        CredentialStore store = CredentialStore.of(List.of(new Credential("AKIAX", "x", "123456789012")));
        assertEquals(2, store.size());
        assertTrue(store.find("test").isPresent());
        assertThrows(
                IllegalArgumentException.class,
                () -> CredentialStore.of(List.of(
                        new Credential("AKIAX", "x", "123456789012"), new Credential("AKIAX", "y", "123456789012"))));
    }

    @Test
    void credentialValidatesAndHidesItsSecret() {
        assertThrows(IllegalArgumentException.class, () -> new Credential("", "s", "123456789012"));
        assertThrows(IllegalArgumentException.class, () -> new Credential("a b", "s", "123456789012"));
        assertThrows(IllegalArgumentException.class, () -> new Credential("a", null, "123456789012"));
        assertThrows(IllegalArgumentException.class, () -> new Credential("a", "s", "12345678901"));
        assertFalse(new Credential("a", "hunter2", "123456789012").toString().contains("hunter2"));
    }
}
