package io.mediaplane.media.crypto;

import io.mediaplane.media.codec.CodecException;
import io.mediaplane.media.codec.NalUnits;
import io.mediaplane.media.index.Track;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a video sample is encrypted (ISO/IEC 23001-7 §9.5 for AVC, §9.6 for HEVC): each slice
 * NAL unit's length and header stay clear and the rest is protected in whole 16-byte blocks, the
 * remainder joining the clear bytes; other NAL units stay clear.
 */
final class Subsamples {
    private Subsamples() {}

    /** {clear, protected} pairs covering the whole sample, or an empty list to protect it whole (audio). */
    static List<int[]> of(Track track, byte[] b, int off, int len, int lengthSize) throws CryptoException {
        List<int[]> out = new ArrayList<>();
        if (!track.isVideo()) {
            return out;
        }
        boolean hevc = track.format().sampleEntryType().startsWith("h");
        int header = hevc ? 2 : 1;
        int clear = 0;
        try {
            for (int[] u : NalUnits.lengthPrefixed(b, off, len, lengthSize)) {
                int type = hevc ? NalUnits.hevcType(b[u[0]]) : NalUnits.avcType(b[u[0]]);
                boolean slice = hevc ? type <= 31 : type >= 1 && type <= 5;
                int protectedBytes = slice ? Math.max(0, (u[1] - header) / 16 * 16) : 0;
                clear += lengthSize + u[1] - protectedBytes;
                if (protectedBytes > 0) {
                    add(out, clear, protectedBytes);
                    clear = 0;
                }
            }
        } catch (CodecException e) {
            throw new CryptoException("cannot encrypt track " + track.id() + ": " + e.getMessage());
        }
        if (clear > 0) {
            add(out, clear, 0);
        }
        return out;
    }

    private static void add(List<int[]> out, int clear, int protectedBytes) {
        while (clear > 0xffff) {
            out.add(new int[] {0xffff, 0});
            clear -= 0xffff;
        }
        out.add(new int[] {clear, protectedBytes});
    }
}
