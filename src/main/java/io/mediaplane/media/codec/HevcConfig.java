package io.mediaplane.media.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * An HEVCDecoderConfigurationRecord, the body of an {@code hvcC} box (ISO/IEC 14496-15
 * §8.3.3.1): the general profile, tier and level, bit depths, NAL unit length size and the
 * parameter set arrays (VPS, SPS, PPS, SEI) in their stored order.
 */
public record HevcConfig(
        int profileSpace,
        boolean highTier,
        int profileIdc,
        long profileCompatibilityFlags,
        long constraintIndicatorFlags,
        int levelIdc,
        int chromaFormatIdc,
        int bitDepthLuma,
        int bitDepthChroma,
        int lengthSize,
        List<byte[]> parameterSets) {

    private static final int FIXED = 23;

    public static HevcConfig parse(byte[] b) throws CodecException {
        if (b.length < FIXED || b[0] != 1) {
            throw new CodecException("hvcC is not an HEVCDecoderConfigurationRecord of version 1");
        }
        long constraints = 0;
        for (int i = 6; i < 12; i++) {
            constraints = (constraints << 8) | (b[i] & 0xff);
        }
        List<byte[]> units = new ArrayList<>();
        int arrays = b[22] & 0xff;
        int at = FIXED;
        for (int a = 0; a < arrays; a++) {
            if (at + 3 > b.length) {
                throw new CodecException("hvcC ends inside its NAL unit arrays");
            }
            int count = ((b[at + 1] & 0xff) << 8) | (b[at + 2] & 0xff);
            at += 3;
            for (int i = 0; i < count; i++) {
                if (at + 2 > b.length) {
                    throw new CodecException("hvcC ends inside a NAL unit length");
                }
                int len = ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
                if (at + 2 + len > b.length) {
                    throw new CodecException("hvcC NAL unit of " + len + " bytes overruns the record");
                }
                byte[] unit = new byte[len];
                System.arraycopy(b, at + 2, unit, 0, len);
                units.add(unit);
                at += 2 + len;
            }
        }
        return new HevcConfig(
                (b[1] & 0xc0) >>> 6,
                (b[1] & 0x20) != 0,
                b[1] & 0x1f,
                ((b[2] & 0xffL) << 24) | ((b[3] & 0xff) << 16) | ((b[4] & 0xff) << 8) | (b[5] & 0xff),
                constraints,
                b[12] & 0xff,
                b[16] & 3,
                (b[17] & 7) + 8,
                (b[18] & 7) + 8,
                (b[21] & 3) + 1,
                units);
    }

    /**
     * The RFC 6381 codecs parameter of ISO/IEC 14496-15 Annex E, e.g. {@code hvc1.1.6.L93.B0}:
     * profile space and idc, the compatibility flags bit-reversed in hexadecimal, tier and level,
     * then the constraint bytes with trailing zero bytes left out.
     */
    public String codecs(String sampleEntryType) {
        StringBuilder s = new StringBuilder(sampleEntryType).append('.');
        if (profileSpace > 0) {
            s.append((char) ('A' + profileSpace - 1));
        }
        s.append(profileIdc).append('.');
        s.append(Long.toHexString(Integer.toUnsignedLong(Integer.reverse((int) profileCompatibilityFlags)))
                .toUpperCase());
        s.append('.').append(highTier ? 'H' : 'L').append(levelIdc);
        int last = -1;
        for (int i = 0; i < 6; i++) {
            if (constraintByte(i) != 0) {
                last = i;
            }
        }
        for (int i = 0; i <= last; i++) {
            s.append('.').append(Integer.toHexString(constraintByte(i)).toUpperCase());
        }
        return s.toString();
    }

    private int constraintByte(int i) {
        return (int) ((constraintIndicatorFlags >>> (8 * (5 - i))) & 0xff);
    }
}
