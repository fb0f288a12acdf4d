package io.mediaplane.media.codec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NAL unit framing: the length-prefixed form of MP4 samples (ISO/IEC 14496-15 §4.3) and the Annex
 * B byte stream of MPEG-TS (start codes {@code 00 00 01} / {@code 00 00 00 01}).
 */
public final class NalUnits {
    /** H.264 nal_unit_type values used here (H.264 Table 7-1). */
    public static final int AVC_IDR = 5, AVC_SEI = 6, AVC_SPS = 7, AVC_PPS = 8, AVC_AUD = 9, AVC_FILLER = 12;
    /** HEVC nal_unit_type values used here (H.265 Table 7-1). */
    public static final int HEVC_VPS = 32, HEVC_SPS = 33, HEVC_PPS = 34, HEVC_AUD = 35;

    private static final byte[] START_CODE = {0, 0, 0, 1};

    private NalUnits() {}

    public static int avcType(byte header) {
        return header & 0x1f;
    }

    public static int hevcType(byte header) {
        return (header >>> 1) & 0x3f;
    }

    /** HEVC IRAP pictures (BLA, IDR, CRA: types 16 to 23) start a decodable sequence. */
    public static boolean isHevcIrap(int type) {
        return type >= 16 && type <= 23;
    }

    /** Splits a length-prefixed sample into its NAL units, as {offset, length} pairs into {@code b}. */
    public static List<int[]> lengthPrefixed(byte[] b, int offset, int length, int lengthSize) throws CodecException {
        if (lengthSize < 1 || lengthSize > 4 || lengthSize == 3) {
            throw new CodecException("NAL unit length size must be 1, 2 or 4, not " + lengthSize);
        }
        List<int[]> units = new ArrayList<>();
        int at = offset;
        int end = offset + length;
        while (at < end) {
            if (end - at < lengthSize) {
                throw new CodecException("sample ends inside a NAL unit length");
            }
            long size = 0;
            for (int i = 0; i < lengthSize; i++) {
                size = (size << 8) | (b[at + i] & 0xff);
            }
            at += lengthSize;
            if (size > end - at) {
                throw new CodecException("NAL unit of " + size + " bytes overruns its sample");
            }
            units.add(new int[] {at, (int) size});
            at += (int) size;
        }
        return units;
    }

    /** Splits an Annex B byte stream into its NAL units, as {offset, length} pairs (start codes and trailing zeros dropped). */
    public static List<int[]> annexB(byte[] b, int offset, int length) {
        List<int[]> units = new ArrayList<>();
        int end = offset + length;
        int start = -1;
        int i = offset;
        while (i + 2 < end) {
            if (b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 1) {
                if (start >= 0) {
                    addTrimmed(units, b, start, i);
                }
                i += 3;
                start = i;
            } else {
                i++;
            }
        }
        if (start >= 0) {
            addTrimmed(units, b, start, end);
        }
        return units;
    }

    private static void addTrimmed(List<int[]> units, byte[] b, int start, int end) {
        while (end > start && b[end - 1] == 0) {
            end--;
        }
        if (end > start) {
            units.add(new int[] {start, end - start});
        }
    }

    /** Writes one NAL unit with a four-byte start code. */
    public static void writeAnnexB(ByteArrayOutputStream out, byte[] b, int offset, int length) {
        out.write(START_CODE, 0, 4);
        out.write(b, offset, length);
    }

    /** Writes one NAL unit with a four-byte big-endian length. */
    public static void writeLengthPrefixed(ByteArrayOutputStream out, byte[] b, int offset, int length) {
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        out.write(b, offset, length);
    }

    /** The RBSP of a NAL unit: its bytes with emulation prevention bytes ({@code 00 00 03}) removed. */
    public static byte[] unescape(byte[] b, int offset, int length) {
        byte[] out = new byte[length];
        int n = 0;
        int zeros = 0;
        for (int i = offset; i < offset + length; i++) {
            int v = b[i] & 0xff;
            if (zeros >= 2 && v == 3) {
                zeros = 0;
                continue;
            }
            zeros = v == 0 ? zeros + 1 : 0;
            out[n++] = (byte) v;
        }
        return Arrays.copyOf(out, n);
    }
}
