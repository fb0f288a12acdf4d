package io.mediaplane.media.codec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An AVCDecoderConfigurationRecord, the body of an {@code avcC} box (ISO/IEC 14496-15 §5.3.3.1):
 * profile, level, NAL unit length size and the parameter sets.
 */
public record AvcConfig(
        int profileIndication,
        int profileCompatibility,
        int levelIndication,
        int lengthSize,
        List<byte[]> sequenceParameterSets,
        List<byte[]> pictureParameterSets) {

    public static AvcConfig parse(byte[] b) throws CodecException {
        if (b.length < 7 || b[0] != 1) {
            throw new CodecException("avcC is not an AVCDecoderConfigurationRecord of version 1");
        }
        int at = 5;
        List<byte[]> sps = new ArrayList<>();
        int count = b[at++] & 0x1f;
        for (int i = 0; i < count; i++) {
            at = readUnit(b, at, sps);
        }
        if (at >= b.length) {
            throw new CodecException("avcC ends before its picture parameter sets");
        }
        List<byte[]> pps = new ArrayList<>();
        count = b[at++] & 0xff;
        for (int i = 0; i < count; i++) {
            at = readUnit(b, at, pps);
        }
        return new AvcConfig(b[1] & 0xff, b[2] & 0xff, b[3] & 0xff, (b[4] & 3) + 1, sps, pps);
    }

    /** The record for these parameter sets, with four-byte NAL unit lengths. */
    public static AvcConfig of(List<byte[]> sps, List<byte[]> pps) throws CodecException {
        if (sps.isEmpty() || pps.isEmpty()) {
            throw new CodecException("H.264 stream has no SPS or no PPS before its first key frame");
        }
        byte[] first = sps.get(0);
        if (first.length < 4) {
            throw new CodecException("H.264 SPS too short");
        }
        return new AvcConfig(first[1] & 0xff, first[2] & 0xff, first[3] & 0xff, 4, List.copyOf(sps), List.copyOf(pps));
    }

    /** The first SPS, parsed. */
    public AvcSps sps() throws CodecException {
        if (sequenceParameterSets.isEmpty()) {
            throw new CodecException("avcC holds no SPS");
        }
        byte[] sps = sequenceParameterSets.get(0);
        return AvcSps.parse(sps, 0, sps.length);
    }

    /** The RFC 6381 codecs parameter, {@code avc1.PPCCLL} in hexadecimal. */
    public String codecs(String sampleEntryType) {
        return String.format(
                "%s.%02x%02x%02x", sampleEntryType, profileIndication, profileCompatibility, levelIndication);
    }

    public byte[] toBytes() throws CodecException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);
        out.write(profileIndication);
        out.write(profileCompatibility);
        out.write(levelIndication);
        out.write(0xfc | (lengthSize - 1));
        out.write(0xe0 | sequenceParameterSets.size());
        sequenceParameterSets.forEach(u -> writeUnit(out, u));
        out.write(pictureParameterSets.size());
        pictureParameterSets.forEach(u -> writeUnit(out, u));
        if (AvcSps.hasChromaInfo(profileIndication)) {
            AvcSps sps = sps();
            out.write(0xfc | sps.chromaFormatIdc());
            out.write(0xf8 | (sps.bitDepthLuma() - 8));
            out.write(0xf8 | (sps.bitDepthChroma() - 8));
            out.write(0); // numOfSequenceParameterSetExt
        }
        return out.toByteArray();
    }

    private static int readUnit(byte[] b, int at, List<byte[]> into) throws CodecException {
        if (at + 2 > b.length) {
            throw new CodecException("avcC ends inside a parameter set length");
        }
        int len = ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
        if (at + 2 + len > b.length) {
            throw new CodecException("avcC parameter set of " + len + " bytes overruns the record");
        }
        byte[] unit = new byte[len];
        System.arraycopy(b, at + 2, unit, 0, len);
        into.add(unit);
        return at + 2 + len;
    }

    private static void writeUnit(ByteArrayOutputStream out, byte[] unit) {
        out.write(unit.length >>> 8);
        out.write(unit.length);
        out.write(unit, 0, unit.length);
    }
}
