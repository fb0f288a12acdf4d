/**
 * Codec configuration records and bitstream framing shared by the MP4 and MPEG-TS code: the
 * AVC and HEVC decoder configuration records (ISO/IEC 14496-15), the H.264 sequence parameter set
 * (ITU-T H.264 §7.3.2.1), the AAC AudioSpecificConfig (ISO/IEC 14496-3 §1.6.2.1) and ADTS headers
 * (ISO/IEC 14496-3 §1.A.2), and NAL unit framing (length-prefixed and Annex B byte streams).
 *
 * <p>Everything here works on byte arrays, depends on the JDK only, and throws {@link
 * io.mediaplane.media.codec.CodecException} on malformed input.
 */
package io.mediaplane.media.codec;
