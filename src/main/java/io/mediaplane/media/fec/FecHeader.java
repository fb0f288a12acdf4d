package io.mediaplane.media.fec;

import io.mediaplane.media.rtp.RtpHeader;

/**
 * The 16-byte SMPTE 2022-1 FEC header (RFC 2733's header with the Pro-MPEG COP3 extension), which
 * follows the FEC packet's RTP header:
 *
 * <pre>
 *  SNBase low bits (16) | length recovery (16)
 *  E (1) | PT recovery (7) | mask (24)
 *  TS recovery (32)
 *  X (1) | D (1) | type (3) | index (3) | offset (8) | NA (8) | SNBase ext bits (8)
 * </pre>
 *
 * A packet protects NA media packets SNBase, SNBase + offset, ... ; D is 0 for a column (offset L,
 * NA D) and 1 for a row (offset 1, NA L). Type 0 is XOR, the only one 2022-1 defines.
 *
 * @param headerOffset where, from the start of the FEC packet, this header begins
 */
public record FecHeader(
        int headerOffset,
        int snBase,
        int lengthRecovery,
        boolean extensionE,
        int ptRecovery,
        int mask,
        long tsRecovery,
        boolean extensionX,
        boolean row,
        int type,
        int index,
        int offset,
        int na,
        int snBaseExt) {

    public static final int LENGTH = 16;
    /** The RTP payload type of FEC packets as FFmpeg's prompeg sender writes it. */
    public static final int PAYLOAD_TYPE = 96;
    /** The largest span (offset × NA) accepted; 2022-1 limits L and D to 1..20 and L × D to 100. */
    public static final int MAX_SPAN = 1024;

    /** Where the protected payload (the XOR of the media payloads) begins. */
    public int payloadOffset() {
        return headerOffset + LENGTH;
    }

    /**
     * Reads a FEC packet, or returns null when it is not one this receiver can use: not RTP, too
     * short, not XOR, no packets protected, or a span larger than {@link #MAX_SPAN}.
     */
    public static FecHeader parse(byte[] b, int off, int len) {
        int h = RtpHeader.payloadOffset(b, off, len);
        if (h < 0 || (b[off] & 0x20) != 0 || len - h <= LENGTH) {
            return null;
        }
        int p = off + h;
        int flags = b[p + 12] & 0xff;
        boolean x = (flags & 0x80) != 0;
        int type = (flags >>> 3) & 0x07;
        int offset = b[p + 13] & 0xff;
        int na = b[p + 14] & 0xff;
        if (x || type != 0 || offset == 0 || na == 0 || offset * (na - 1) >= MAX_SPAN) {
            return null;
        }
        return new FecHeader(
                h,
                RtpHeader.u16(b, p),
                RtpHeader.u16(b, p + 2),
                (b[p + 4] & 0x80) != 0,
                b[p + 4] & 0x7f,
                (int) (RtpHeader.u32(b, p + 4) & 0xffffff),
                RtpHeader.u32(b, p + 8),
                false,
                (flags & 0x40) != 0,
                type,
                flags & 0x07,
                offset,
                na,
                b[p + 15] & 0xff);
    }

    /** Writes the 16 header bytes at {@code at}. */
    public void write(byte[] b, int at) {
        RtpHeader.putU16(b, at, snBase);
        RtpHeader.putU16(b, at + 2, lengthRecovery);
        RtpHeader.putU32(b, at + 4, mask & 0xffffffL);
        b[at + 4] = (byte) ((extensionE ? 0x80 : 0) | (ptRecovery & 0x7f));
        RtpHeader.putU32(b, at + 8, tsRecovery);
        b[at + 12] = (byte) ((extensionX ? 0x80 : 0) | (row ? 0x40 : 0) | ((type & 7) << 3) | (index & 7));
        b[at + 13] = (byte) offset;
        b[at + 14] = (byte) na;
        b[at + 15] = (byte) snBaseExt;
    }
}
