/**
 * Fragmented MP4 output (ISO/IEC 14496-12 §8.8, CMAF ISO/IEC 23000-19) made from a {@link
 * io.mediaplane.media.index.SampleIndex}: {@link io.mediaplane.media.fmp4.InitSegment} writes the
 * {@code ftyp} + {@code moov} of one or more tracks, {@link io.mediaplane.media.fmp4.MediaSegment}
 * a {@code styp}, optional {@code sidx}, {@code moof} and {@code mdat} for runs of samples read by
 * position from their sources. One track per segment is CMAF; several make a muxed segment.
 *
 * <p>Output track ids are positions: the {@code n}-th track given to the init segment is track
 * {@code n + 1}, and media segments must list their runs in the same order. Sample entries are the
 * source's own; an edit list carrying the source's edit (AAC encoder delay, B-frame delay) is
 * written in the init segment as CMAF allows, and decode times in {@code tfdt} are the source's.
 */
package io.mediaplane.media.fmp4;
