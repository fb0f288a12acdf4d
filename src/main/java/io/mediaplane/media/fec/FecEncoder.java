package io.mediaplane.media.fec;

import io.mediaplane.media.rtp.RtpHeader;

/**
 * Generates SMPTE 2022-1 column and row FEC for an RTP stream, packet for packet as FFmpeg's
 * {@code prompeg} sender does, so that the two are byte-identical for the same input:
 * the L × D matrix starts at the first packet; a row's FEC leaves when the next row's first packet
 * is added; a matrix's column FEC leaves during the following matrix, column k with packet k × D,
 * which spreads it out. FEC packets carry PT 96, SSRC 0 and their own sequence numbers per
 * direction. Unlike FFmpeg, packets of unequal length are allowed (padded, RFC 2733); non-RTP
 * packets are skipped. One thread only.
 */
public final class FecEncoder {
    /** Receives each FEC packet; the buffer is reused after the call returns. */
    public interface Sink {
        void fec(byte[] buf, int len, boolean row);
    }

    private final int l;
    private final int d;
    private final XorGroup row = new XorGroup();
    private XorGroup[] columnsDone;
    private XorGroup[] columnsOpen;
    private final byte[] out = new byte[RtpHeader.FIXED_LENGTH + FecHeader.LENGTH + 65536];
    private int columnSequence;
    private int rowSequence;
    private int index;
    private boolean first = true;

    /**
     * @param l columns (packets per row), 1..20
     * @param d rows (packets per column), 1..20, with L × D at most 100
     * @param columnSequence the sequence number before the first column FEC packet
     * @param rowSequence the sequence number before the first row FEC packet
     */
    public FecEncoder(int l, int d, int columnSequence, int rowSequence) {
        if (l < 1 || d < 1 || l > 20 || d > 20 || l * d > 100) {
            throw new IllegalArgumentException("L and D must be 1..20 with L x D <= 100");
        }
        this.l = l;
        this.d = d;
        this.columnSequence = columnSequence & 0xffff;
        this.rowSequence = rowSequence & 0xffff;
        this.columnsDone = groups(l);
        this.columnsOpen = groups(l);
    }

    private static XorGroup[] groups(int n) {
        XorGroup[] g = new XorGroup[n];
        for (int i = 0; i < n; i++) {
            g[i] = new XorGroup();
        }
        return g;
    }

    public int l() {
        return l;
    }

    public int d() {
        return d;
    }

    /** Adds the next media packet; emits the FEC packets that are due. Returns false if it is not RTP. */
    public boolean add(byte[] b, int off, int len, Sink sink) {
        if (!RtpHeader.isValid(b, off, len)) {
            return false;
        }
        int column = index % l;
        int rowIndex = index / l;
        if (column == 0) {
            if (!first || index > 0) {
                emit(row, true, 1, l, sink);
            }
            row.start(b, off, len);
        } else {
            row.add(b, off, len);
        }
        if (rowIndex == 0) {
            if (!first) {
                XorGroup done = columnsOpen[column];
                columnsOpen[column] = columnsDone[column];
                columnsDone[column] = done;
            }
            columnsOpen[column].start(b, off, len);
        } else {
            columnsOpen[column].add(b, off, len);
        }
        if (!first && index % d == 0) {
            emit(columnsDone[index / d], false, l, d, sink);
        }
        if (++index >= l * d) {
            index = 0;
            first = false;
        }
        return true;
    }

    private void emit(XorGroup group, boolean isRow, int offset, int na, Sink sink) {
        int sequence = isRow ? ++rowSequence : ++columnSequence;
        rowSequence &= 0xffff;
        columnSequence &= 0xffff;
        int len = group.write(out, sequence & 0xffff, isRow, offset, na);
        sink.fec(out, len, isRow);
    }
}
