package io.mediaplane.media.ts;

import io.mediaplane.media.codec.Adts;
import io.mediaplane.media.codec.AudioSpecificConfig;
import io.mediaplane.media.codec.AvcConfig;
import io.mediaplane.media.codec.CodecException;
import io.mediaplane.media.codec.NalUnits;
import java.io.ByteArrayOutputStream;

/** MP4 samples turned into the elementary streams MPEG-TS carries. */
final class AccessUnits {
    private static final byte[] AUD = {9, (byte) 0xf0}; // access unit delimiter, any slice type

    private AccessUnits() {}

    /**
     * An H.264 access unit in Annex B form (as HLS requires, RFC 8216 §3.4): an access unit
     * delimiter, the SPS and PPS before a key frame that lacks them, then the sample's NAL units
     * with start codes instead of lengths (its own delimiters left out).
     */
    static void h264(ByteArrayOutputStream out, byte[] b, int off, int len, AvcConfig config, boolean sync)
            throws CodecException {
        var units = NalUnits.lengthPrefixed(b, off, len, config.lengthSize());
        NalUnits.writeAnnexB(out, AUD, 0, AUD.length);
        boolean hasSps = units.stream().anyMatch(u -> NalUnits.avcType(b[u[0]]) == NalUnits.AVC_SPS);
        if (sync && !hasSps) {
            for (byte[] sps : config.sequenceParameterSets()) {
                NalUnits.writeAnnexB(out, sps, 0, sps.length);
            }
            for (byte[] pps : config.pictureParameterSets()) {
                NalUnits.writeAnnexB(out, pps, 0, pps.length);
            }
        }
        for (int[] u : units) {
            if (u[1] > 0 && NalUnits.avcType(b[u[0]]) != NalUnits.AVC_AUD) {
                NalUnits.writeAnnexB(out, b, u[0], u[1]);
            }
        }
    }

    /** A raw AAC frame behind its ADTS header. */
    static void adts(ByteArrayOutputStream out, byte[] b, int off, int len, AudioSpecificConfig config)
            throws CodecException {
        byte[] header = new byte[Adts.HEADER];
        Adts.write(header, 0, config, len);
        out.write(header, 0, header.length);
        out.write(b, off, len);
    }
}
