package io.mediaplane.media.ts;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Writes 188-byte transport packets (ISO/IEC 13818-1 §2.4.3.2): PSI sections padded with 0xFF,
 * and PES packets split over as many packets as they need, the last one filled out with
 * adaptation-field stuffing. Continuity counters are kept per PID.
 */
final class TsPackets {
    static final int SIZE = 188;
    static final int SYNC = 0x47;

    private final ByteArrayOutputStream out;
    private final int[] counters = new int[8192];
    private final byte[] packet = new byte[SIZE];

    TsPackets(ByteArrayOutputStream out, int[] startCounters) {
        this.out = out;
        System.arraycopy(startCounters, 0, counters, 0, Math.min(startCounters.length, counters.length));
    }

    /** The next continuity counter of every PID, to continue in a following segment. */
    int[] counters() {
        return counters.clone();
    }

    /** One packet holding a whole PSI section after a zero pointer_field. */
    void psi(int pid, byte[] section) {
        Arrays.fill(packet, (byte) 0xff);
        header(pid, true, false);
        packet[4] = 0;
        System.arraycopy(section, 0, packet, 5, section.length);
        out.write(packet, 0, SIZE);
    }

    /**
     * A PES packet: {@code pesHeader} then {@code payload}. The first transport packet carries the
     * random_access_indicator when {@code randomAccess}, and a PCR when {@code pcr >= 0}.
     */
    void pes(int pid, byte[] pesHeader, byte[] payload, int off, int len, boolean randomAccess, long pcr) {
        int headerLeft = pesHeader.length;
        int at = off;
        int end = off + len;
        boolean first = true;
        while (headerLeft > 0 || at < end) {
            boolean withPcr = first && pcr >= 0;
            int flags = first ? (randomAccess ? 0x40 : 0) | (withPcr ? 0x10 : 0) : 0;
            int afBody = flags != 0 ? 1 + (withPcr ? 6 : 0) : 0; // flags byte and PCR
            int data = Math.min(SIZE - 4 - (afBody > 0 ? 1 + afBody : 0), headerLeft + (end - at));
            boolean adaptation = afBody > 0 || data < SIZE - 4;
            int afLength = SIZE - 5 - data; // what the adaptation field takes after its length byte
            header(pid, first, adaptation);
            int p = 4;
            if (adaptation) {
                packet[p++] = (byte) afLength;
                if (afLength > 0) {
                    packet[p++] = (byte) flags;
                    if (withPcr) {
                        writePcr(p, pcr);
                        p += 6;
                    }
                    int stuffing = 4 + 1 + afLength - p;
                    Arrays.fill(packet, p, p + stuffing, (byte) 0xff);
                    p += stuffing;
                }
            }
            int fromHeader = Math.min(headerLeft, data);
            System.arraycopy(pesHeader, pesHeader.length - headerLeft, packet, p, fromHeader);
            p += fromHeader;
            headerLeft -= fromHeader;
            int fromPayload = data - fromHeader;
            System.arraycopy(payload, at, packet, p, fromPayload);
            at += fromPayload;
            out.write(packet, 0, SIZE);
            first = false;
        }
    }

    private void header(int pid, boolean unitStart, boolean adaptation) {
        packet[0] = SYNC;
        packet[1] = (byte) ((unitStart ? 0x40 : 0) | (pid >>> 8));
        packet[2] = (byte) pid;
        packet[3] = (byte) ((adaptation ? 0x30 : 0x10) | counters[pid]);
        counters[pid] = (counters[pid] + 1) & 0xf;
    }

    /** program_clock_reference: a 33-bit base in 90 kHz and a 9-bit extension in 27 MHz. */
    private void writePcr(int at, long pcr27) {
        long base = (pcr27 / 300) & Pes.TIMESTAMP_MASK;
        int ext = (int) (pcr27 % 300);
        packet[at] = (byte) (base >>> 25);
        packet[at + 1] = (byte) (base >>> 17);
        packet[at + 2] = (byte) (base >>> 9);
        packet[at + 3] = (byte) (base >>> 1);
        packet[at + 4] = (byte) (((base & 1) << 7) | 0x7e | (ext >>> 8));
        packet[at + 5] = (byte) ext;
    }
}
