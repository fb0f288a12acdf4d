/**
 * The sample index a packager works from: per track, its format (codec, codecs string, decoder
 * configuration, sample entry) and every sample's decode time, composition offset, size, byte
 * offset and sync flag, in primitive arrays. It is built once from a source (see {@code
 * io.mediaplane.media.mp4.MovieIndexer} and {@code io.mediaplane.media.ts.TsRemuxer}), stored
 * with {@link io.mediaplane.media.index.SampleIndex#toBytes()} and loaded again with {@link
 * io.mediaplane.media.index.SampleIndex#fromBytes(byte[])}.
 *
 * <p>Every sample is one contiguous byte range of one {@link io.mediaplane.media.index.ByteSource}
 * (a progressive MP4's file, or the sample store a TS source was remuxed into), so a segment is
 * made by positional reads of just its samples. {@link io.mediaplane.media.index.Segmenter} cuts a
 * presentation into segments at sync samples.
 */
package io.mediaplane.media.index;
