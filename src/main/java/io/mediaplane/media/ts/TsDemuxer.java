package io.mediaplane.media.ts;

import java.io.IOException;
import java.util.Arrays;

/**
 * Reads a transport stream fed in pieces of any size: finds the program in the PAT, its H.264,
 * HEVC and AAC (ADTS) elementary streams in the PMT, and hands each complete PES packet's payload
 * to a {@link Listener} with its 33-bit PTS and DTS. Other streams are skipped; packets with the
 * transport_error_indicator set are dropped.
 */
public final class TsDemuxer {
    /** Receives PES payloads in stream order. */
    public interface Listener {
        /** The PMT listed this stream (called once per PID, before its first PES). */
        void onStream(int pid, int streamType) throws IOException;

        /**
         * One PES packet's payload; {@code pts} is -1 when the header had none, {@code dts} equals
         * {@code pts} when it had no DTS.
         */
        void onPes(int pid, long pts, long dts, byte[] payload) throws IOException;
    }

    private final Listener listener;
    private final byte[] partial = new byte[TsPackets.SIZE];
    private int partialLength;
    private long position;
    private boolean synced;
    private int pmtPid = -1;
    private final int[] streamTypes = new int[8192];
    private final Pending[] pending = new Pending[8192];

    public TsDemuxer(Listener listener) {
        this.listener = listener;
        Arrays.fill(streamTypes, -1);
    }

    /** Feeds the next bytes of the stream. */
    public void feed(byte[] b, int off, int len) throws IOException {
        int at = off;
        int end = off + len;
        if (!synced) {
            at = findSync(b, at, end);
        }
        if (partialLength > 0) {
            int n = Math.min(TsPackets.SIZE - partialLength, end - at);
            System.arraycopy(b, at, partial, partialLength, n);
            partialLength += n;
            at += n;
            if (partialLength < TsPackets.SIZE) {
                return;
            }
            packet(partial, 0);
            partialLength = 0;
        }
        while (end - at >= TsPackets.SIZE) {
            packet(b, at);
            at += TsPackets.SIZE;
        }
        System.arraycopy(b, at, partial, 0, end - at);
        partialLength = end - at;
    }

    /** Ends the stream: hands over the PES packets still being collected. */
    public void finish() throws IOException {
        if (partialLength > 0) {
            throw new TsException("the transport stream ends inside a packet: it is truncated");
        }
        if (!synced) {
            throw new TsException("no MPEG-TS packets found");
        }
        for (int pid = 0; pid < pending.length; pid++) {
            if (pending[pid] != null) {
                flush(pid);
            }
        }
    }

    private int findSync(byte[] b, int at, int end) throws TsException {
        for (int i = at; i < Math.min(end, at + TsPackets.SIZE); i++) {
            if (b[i] == TsPackets.SYNC && (i + TsPackets.SIZE >= end || b[i + TsPackets.SIZE] == TsPackets.SYNC)) {
                synced = true;
                position += i - at;
                return i;
            }
        }
        throw new TsException("not an MPEG-TS stream: no sync byte 0x47 every 188 bytes");
    }

    private void packet(byte[] b, int at) throws IOException {
        if (b[at] != TsPackets.SYNC) {
            throw new TsException("MPEG-TS sync lost at byte " + position + ": the stream is corrupt");
        }
        position += TsPackets.SIZE;
        if ((b[at + 1] & 0x80) != 0) {
            return; // transport_error_indicator
        }
        boolean unitStart = (b[at + 1] & 0x40) != 0;
        int pid = ((b[at + 1] & 0x1f) << 8) | (b[at + 2] & 0xff);
        int control = (b[at + 3] >>> 4) & 3;
        if ((control & 1) == 0) {
            return; // no payload
        }
        int p = at + 4;
        if (control == 3) {
            p += 1 + (b[at + 4] & 0xff);
        }
        int end = at + TsPackets.SIZE;
        if (p >= end) {
            return;
        }
        if (pid == Psi.PAT_PID || pid == pmtPid) {
            if (unitStart) {
                section(pid, b, p + 1 + (b[p] & 0xff), end);
            }
        } else if (streamTypes[pid] >= 0) {
            if (unitStart) {
                if (pending[pid] != null) {
                    flush(pid);
                }
                pending[pid] = new Pending();
            }
            if (pending[pid] != null) {
                pending[pid].append(b, p, end - p);
            }
        }
    }

    private void section(int pid, byte[] b, int p, int end) throws IOException {
        if (p + 3 > end) {
            return;
        }
        int length = ((b[p + 1] & 0x0f) << 8) | (b[p + 2] & 0xff);
        if (p + 3 + length > end || length < 9) {
            throw new TsException("PSI section on PID " + pid + " does not fit its packet");
        }
        if (Crc32Mpeg.of(b, p, 3 + length) != 0) {
            throw new TsException("PSI section on PID " + pid + " fails its CRC: the stream is corrupt");
        }
        int body = p + 8;
        int bodyEnd = p + 3 + length - 4;
        if (pid == Psi.PAT_PID && b[p] == 0x00) {
            for (int e = body; e + 4 <= bodyEnd; e += 4) {
                int program = ((b[e] & 0xff) << 8) | (b[e + 1] & 0xff);
                if (program != 0) {
                    pmtPid = ((b[e + 2] & 0x1f) << 8) | (b[e + 3] & 0xff);
                    break;
                }
            }
        } else if (pid == pmtPid && b[p] == 0x02) {
            int e = body + 4 + (((b[body + 2] & 0x0f) << 8) | (b[body + 3] & 0xff));
            while (e + 5 <= bodyEnd) {
                int type = b[e] & 0xff;
                int es = ((b[e + 1] & 0x1f) << 8) | (b[e + 2] & 0xff);
                if ((type == StreamType.H264 || type == StreamType.H265 || type == StreamType.AAC_ADTS)
                        && streamTypes[es] < 0) {
                    streamTypes[es] = type;
                    listener.onStream(es, type);
                }
                e += 5 + (((b[e + 3] & 0x0f) << 8) | (b[e + 4] & 0xff));
            }
        }
    }

    private void flush(int pid) throws IOException {
        Pending pes = pending[pid];
        pending[pid] = null;
        byte[] b = pes.data;
        if (pes.length < 9 || b[0] != 0 || b[1] != 0 || b[2] != 1) {
            throw new TsException("PES packet on PID " + pid + " lacks its start code");
        }
        int flags = b[7] & 0xff;
        int header = 9 + (b[8] & 0xff);
        if (header > pes.length) {
            throw new TsException("PES header on PID " + pid + " is longer than its packet");
        }
        long pts = (flags & 0x80) != 0 ? Pes.readTimestamp(b, 9) : -1;
        long dts = (flags & 0xc0) == 0xc0 ? Pes.readTimestamp(b, 14) : pts;
        int length = pes.length;
        int declared = ((b[4] & 0xff) << 8) | (b[5] & 0xff);
        if (declared != 0 && 6 + declared < length) {
            length = 6 + declared;
        }
        listener.onPes(pid, pts, dts, Arrays.copyOfRange(b, header, length));
    }

    /** A PES packet being collected from transport packets. */
    private static final class Pending {
        byte[] data = new byte[4096];
        int length;

        void append(byte[] b, int off, int len) {
            if (length + len > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, length + len));
            }
            System.arraycopy(b, off, data, length, len);
            length += len;
        }
    }
}
