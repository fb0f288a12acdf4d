package io.mediaplane.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps access keys to accounts. Immutable and thread-safe.
 *
 * <p>Every store knows the default credential {@code test}/{@code test} in account
 * {@value #DEFAULT_ACCOUNT}, the one local AWS emulators conventionally accept, unless a
 * credentials file or list redefines the key {@code test}.
 */
public final class CredentialStore {

    /** The account of the default credential. */
    public static final String DEFAULT_ACCOUNT = "000000000000";
    /** The access key id (and secret) of the default credential. */
    public static final String DEFAULT_ACCESS_KEY = "test";

    private static final Credential DEFAULT = new Credential(DEFAULT_ACCESS_KEY, DEFAULT_ACCESS_KEY, DEFAULT_ACCOUNT);
    private static final CredentialStore DEFAULTS = new CredentialStore(Map.of(DEFAULT.accessKeyId(), DEFAULT));

    private final Map<String, Credential> byAccessKey;

    private CredentialStore(Map<String, Credential> byAccessKey) {
        this.byAccessKey = Map.copyOf(byAccessKey);
    }

    /** Only the default credential test/test -> 000000000000. */
    public static CredentialStore defaults() {
        return DEFAULTS;
    }

    /**
     * Defaults plus every credential of the file. File format: one credential per line,
     * "accessKeyId secretAccessKey accountId" separated by whitespace or commas; blank lines and
     * lines starting with # ignored. An entry for the key {@code test} replaces the default.
     *
     * @throws IllegalArgumentException for a malformed line, an account id that is not 12 digits or an
     *                                  access key listed twice, naming the file and line number
     * @throws IOException              when the file cannot be read
     */
    public static CredentialStore load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Credential> found = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("[\\s,]+");
            String where = "credentials file " + file + ", line " + lineNumber + ": ";
            if (fields.length != 3) {
                throw new IllegalArgumentException(where + "expected 'accessKeyId secretAccessKey accountId' "
                        + "separated by whitespace or commas, found " + fields.length + " field(s)");
            }
            Credential credential;
            try {
                credential = new Credential(fields[0], fields[1], fields[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            Integer previous = lineOf.putIfAbsent(credential.accessKeyId(), lineNumber);
            if (previous != null) {
                throw new IllegalArgumentException(
                        where + "access key '" + credential.accessKeyId() + "' is already defined on line " + previous);
            }
            found.put(credential.accessKeyId(), credential);
        }
        return withDefaults(found.values());
    }

    /**
     * Defaults plus these; an entry for the key {@code test} replaces the default.
     *
     * @throws IllegalArgumentException when an access key appears twice in {@code extra}
     */
    public static CredentialStore of(List<Credential> extra) {
        Map<String, Credential> found = new HashMap<>();
        for (Credential c : extra) {
            if (found.putIfAbsent(c.accessKeyId(), c) != null) {
                throw new IllegalArgumentException("access key '" + c.accessKeyId() + "' is listed twice");
            }
        }
        return withDefaults(found.values());
    }

    private static CredentialStore withDefaults(Collection<Credential> extra) {
        Map<String, Credential> all = new HashMap<>();
        all.put(DEFAULT.accessKeyId(), DEFAULT);
        for (Credential c : extra) {
            all.put(c.accessKeyId(), c);
        }
        return new CredentialStore(all);
    }

    /** The credential of this access key id, or empty when unknown (or {@code null}). */
    public Optional<Credential> find(String accessKeyId) {
        return accessKeyId == null ? Optional.empty() : Optional.ofNullable(byAccessKey.get(accessKeyId));
    }

    /**
     * Which keys the server knows, for error messages: the default test/test only while no
     * credentials file has redefined it; never a secret of the operator's or an account id.
     */
    public String hint() {
        return DEFAULT.equals(byAccessKey.get(DEFAULT_ACCESS_KEY))
                ? "Mediaplane knows the default access key 'test' (secret 'test') and those given with --credentials."
                : "Mediaplane knows the access keys given with --credentials.";
    }

    /** Number of known credentials, the default included. */
    public int size() {
        return byAccessKey.size();
    }

    @Override
    public String toString() {
        return "CredentialStore" + byAccessKey.keySet();
    }
}
