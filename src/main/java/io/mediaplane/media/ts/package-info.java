/**
 * MPEG-TS (ISO/IEC 13818-1) for HLS: {@link io.mediaplane.media.ts.TsSegmentWriter} writes
 * segments from runs of indexed H.264 and AAC samples, {@link io.mediaplane.media.ts.TsDemuxer}
 * reads PAT, PMT and PES packets, and {@link io.mediaplane.media.ts.TsRemuxer} turns a TS source
 * into a sample store and its {@link io.mediaplane.media.index.SampleIndex}.
 *
 * <p>How TS sources are staged: remuxed once at ingest. A TS sample is not one byte range (its
 * PES is cut into 184-byte pieces between packet headers and other streams' packets), and its
 * bytes are not what MP4 output needs (Annex B start codes, delimiters and in-band parameter sets
 * instead of length-prefixed NAL units; ADTS headers on AAC). Indexing samples as lists of ranges
 * would make the index about ten times larger and still leave the conversion to every request.
 * Remuxing at ingest writes each sample once, converted, contiguously into a sample store (about
 * the size of the source's elementary streams), so every sample becomes one (offset, size) and
 * TS and MP4 sources share one index shape and one packaging path. The service keeps the store
 * and the index as a pair; the TS source is not read again.
 */
package io.mediaplane.media.ts;
