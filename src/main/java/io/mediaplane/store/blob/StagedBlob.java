package io.mediaplane.store.blob;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload in progress: bytes go to a temp file while their SHA-256 and length are taken.
 * {@link #finish} makes the file durable; {@link #publish} moves it into the blob store;
 * {@link #discard} removes it. Used by one thread at a time.
 */
public final class StagedBlob implements AutoCloseable {
    private final BlobStore store;
    private final String blobId;
    private final Path file;
    private final OutputStream out;
    private final MessageDigest sha256;
    private long size;
    private String hex;
    private boolean gone;

    StagedBlob(BlobStore store, String blobId, Path file) throws IOException {
        this.store = store;
        this.blobId = blobId;
        this.file = file;
        this.out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(byte[] bytes, int off, int len) throws IOException {
        out.write(bytes, off, len);
        sha256.update(bytes, off, len);
        size += len;
    }

    public long size() {
        return size;
    }

    public String blobId() {
        return blobId;
    }

    /** Closes and fsyncs the temp file; returns the hex SHA-256 of everything written. */
    public String finish() throws IOException {
        if (hex == null) {
            out.close();
            try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            hex = HexFormat.of().formatHex(sha256.digest());
        }
        return hex;
    }

    /** The SHA-256 once finished (for signature checks that need the body's hash). */
    public String sha256() {
        if (hex == null) {
            throw new IllegalStateException("not finished");
        }
        return hex;
    }

    /** Moves the finished file into the blob store; it is no longer this upload's to discard. */
    public void publish() throws IOException {
        store.publish(file, blobId);
        gone = true;
    }

    /** Removes the temp file (a failed or refused upload leaves nothing). */
    public void discard() {
        if (gone) {
            return;
        }
        gone = true;
        try {
            out.close();
        } catch (IOException e) {
            // removing it anyway
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // start-up removes stray temp files
        }
    }

    @Override
    public void close() {
        discard();
    }
}
