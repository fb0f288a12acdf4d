package io.mediaplane.mediastore.data;

import java.time.Instant;

/**
 * One committed object as the metadata store keeps it.
 *
 * @param containerId  the container's data endpoint id
 * @param path         the object path, without leading slash
 * @param blobId       the immutable blob file holding exactly these bytes
 * @param size         the length in bytes
 * @param sha256       the hex SHA-256 of the bytes
 * @param eTag         the hex ETag (stable for the same content)
 * @param contentType  the Content-Type it was put with, or null
 * @param cacheControl the Cache-Control it was put with, or null
 * @param createdAt    when this version was committed (Last-Modified; lifecycle age)
 */
public record ObjectRecord(
        String containerId,
        String path,
        String blobId,
        long size,
        String sha256,
        String eTag,
        String contentType,
        String cacheControl,
        Instant createdAt) {

    /** The ETag for content with this SHA-256: its first 32 hex digits, so equal content has equal ETags. */
    static String eTagOf(String sha256) {
        return sha256.substring(0, 32);
    }
}
