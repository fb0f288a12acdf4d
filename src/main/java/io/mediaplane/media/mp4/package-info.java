/**
 * ISO-BMFF (ISO/IEC 14496-12) boxes, read and written, and the {@link
 * io.mediaplane.media.mp4.MovieIndexer} that turns a progressive MP4's {@code moov} into a {@link
 * io.mediaplane.media.index.SampleIndex}. {@link io.mediaplane.media.mp4.SampleEntries} makes the
 * {@code avc1} and {@code mp4a} sample entries of sources that have none (MPEG-TS).
 *
 * <p>Malformed or truncated input gives an {@link io.mediaplane.media.mp4.Mp4Exception} whose
 * message says what is wrong; no input makes the reader allocate more than the box sizes allow.
 */
package io.mediaplane.media.mp4;
