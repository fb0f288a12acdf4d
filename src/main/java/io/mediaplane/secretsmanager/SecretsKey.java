package io.mediaplane.secretsmanager;

import io.mediaplane.config.Config;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 key that encrypts secret values at rest, kept outside the database: given with
 * {@code --secrets-key} (base64), or read from {@code <data-dir>/secrets.key}, which the first start
 * creates owner-only (0600) and every later start refuses to use once others may read it. The key
 * is never logged or put in a message; only its {@link #id()}, a one-way fingerprint, is stored
 * with each value so a start with another key is caught before anything is read or written.
 */
final class SecretsKey {
    static final String FILE = "secrets.key";
    private static final Logger LOG = LoggerFactory.getLogger(SecretsKey.class);
    private static final int BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final SecretKeySpec key;
    private final String id;

    private SecretsKey(byte[] raw) {
        if (raw.length != BYTES) {
            throw new IllegalArgumentException("a secrets key is " + BYTES + " bytes, not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.id = fingerprint(raw);
    }

    static SecretsKey of(byte[] raw) {
        return new SecretsKey(raw);
    }

    /** The key {@code --secrets-key} gives, else the data dir's key file (created on first start). */
    static SecretsKey load(Config config) throws IOException {
        if (config.secretsKey() != null) {
            return new SecretsKey(Base64.getDecoder().decode(config.secretsKey().value()));
        }
        return fromFile(config.dataDir().resolve(FILE));
    }

    static SecretsKey fromFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        if (posix(file)) {
            Set<PosixFilePermission> granted = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(granted)) {
                throw new IllegalStateException("the Secrets Manager key file " + file.toAbsolutePath()
                        + " may be read or changed by other users (" + PosixFilePermissions.toString(granted)
                        + "); make it owner-only (chmod 600) and start again");
            }
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the Secrets Manager key file " + file.toAbsolutePath() + " is not base64");
        }
        if (raw.length != BYTES) {
            throw new IllegalStateException("the Secrets Manager key file " + file.toAbsolutePath() + " holds "
                    + raw.length + " bytes, not " + BYTES);
        }
        return new SecretsKey(raw);
    }

    /**
     * Writes a fresh random key: into an owner-only temporary file first (so it is never readable by
     * others, whatever the umask), forced to disk, then linked into place only if no other process
     * got there first; the loser reads the winner's key.
     */
    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] raw = new byte[BYTES];
        new SecureRandom().nextBytes(raw);
        Path temp = posix(dir)
                ? Files.createTempFile(dir, ".secrets", ".key", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".secrets", ".key");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(
                        (Base64.getEncoder().encodeToString(raw) + "\n").getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                return; // another process created it first: its key is the one
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file);
            }
            forceDirectory(dir);
            LOG.info(
                    "created the Secrets Manager key file {} (owner-only); keep it with the database and back it"
                            + " up: stored secret values cannot be read without it",
                    file.toAbsolutePath());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            LOG.debug("cannot force directory {}: {}", dir, e.toString()); // not every file system allows it
        }
    }

    /** A one-way fingerprint naming the key (HMAC of a fixed label, 8 bytes): safe to store and show. */
    private static String fingerprint(byte[] raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(raw, "HmacSHA256"));
            byte[] digest = mac.doFinal("mediaplane secretsmanager key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    SecretKeySpec aes() {
        return key;
    }

    String id() {
        return id;
    }

    @Override
    public String toString() {
        return "SecretsKey[" + id + "]";
    }
}
