/**
 * Encryption of packaged media: whole-segment AES-128 for HLS (RFC 8216 §5.2) and Common
 * Encryption (ISO/IEC 23001-7) of fragmented MP4 samples with the {@code cenc} (AES-CTR) and
 * {@code cbcs} (AES-CBC, 1:9 pattern) schemes and their boxes ({@code tenc}, {@code senc},
 * {@code saiz}, {@code saio}, {@code pssh}).
 */
package io.mediaplane.media.crypto;
