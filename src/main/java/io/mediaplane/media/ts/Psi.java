package io.mediaplane.media.ts;

import java.io.ByteArrayOutputStream;

/** PAT and PMT sections (ISO/IEC 13818-1 §2.4.4) for one program, each with its CRC. */
final class Psi {
    static final int PAT_PID = 0;
    static final int PROGRAM = 1;

    private Psi() {}

    static byte[] pat(int pmtPid) {
        var body = new ByteArrayOutputStream();
        body.write(PROGRAM >>> 8);
        body.write(PROGRAM);
        body.write(0xe0 | (pmtPid >>> 8));
        body.write(pmtPid);
        return section(0x00, 1, body.toByteArray());
    }

    /** A PMT of the elementary streams given as {stream_type, PID} pairs. */
    static byte[] pmt(int pcrPid, int[][] streams) {
        var body = new ByteArrayOutputStream();
        body.write(0xe0 | (pcrPid >>> 8));
        body.write(pcrPid);
        body.write(0xf0);
        body.write(0); // program_info_length
        for (int[] s : streams) {
            body.write(s[0]);
            body.write(0xe0 | (s[1] >>> 8));
            body.write(s[1]);
            body.write(0xf0);
            body.write(0); // ES_info_length
        }
        return section(0x02, PROGRAM, body.toByteArray());
    }

    /** A long-form section: header, {@code body}, CRC_32. */
    private static byte[] section(int tableId, int idExtension, byte[] body) {
        int length = 5 + body.length + 4;
        byte[] s = new byte[3 + length];
        s[0] = (byte) tableId;
        s[1] = (byte) (0xb0 | (length >>> 8));
        s[2] = (byte) length;
        s[3] = (byte) (idExtension >>> 8);
        s[4] = (byte) idExtension;
        s[5] = (byte) 0xc1; // version 0, current
        s[6] = 0;
        s[7] = 0;
        System.arraycopy(body, 0, s, 8, body.length);
        int crc = Crc32Mpeg.of(s, 0, s.length - 4);
        s[s.length - 4] = (byte) (crc >>> 24);
        s[s.length - 3] = (byte) (crc >>> 16);
        s[s.length - 2] = (byte) (crc >>> 8);
        s[s.length - 1] = (byte) crc;
        return s;
    }
}
