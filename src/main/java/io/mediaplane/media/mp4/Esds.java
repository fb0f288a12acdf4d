package io.mediaplane.media.mp4;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * The {@code esds} box's ES_Descriptor (ISO/IEC 14496-1 §7.2.6.5): the decoder configuration's
 * object type, bit rates and DecoderSpecificInfo (for AAC, the AudioSpecificConfig).
 *
 * @param objectTypeIndication 0x40 for MPEG-4 audio (ISO/IEC 14496-1 Table 5)
 */
public record Esds(
        int objectTypeIndication, int bufferSize, long maxBitrate, long avgBitrate, byte[] decoderSpecificInfo) {
    private static final int ES_DESCR = 3, DECODER_CONFIG = 4, DEC_SPECIFIC = 5, SL_CONFIG = 6;

    /** Reads the descriptors of an {@code esds} box's payload (after its version and flags). */
    public static Esds parse(Box esds) throws Mp4Exception {
        ByteBuffer b = esds.payload().slice(4, esds.size() - 4);
        try {
            expectTag(b, ES_DESCR);
            descriptorLength(b);
            b.getShort(); // ES_ID
            int flags = b.get() & 0xff;
            if ((flags & 0x80) != 0) {
                b.getShort();
            }
            if ((flags & 0x40) != 0) {
                b.position(b.position() + (b.get() & 0xff));
            }
            if ((flags & 0x20) != 0) {
                b.getShort();
            }
            expectTag(b, DECODER_CONFIG);
            int end = descriptorLength(b) + b.position();
            int oti = b.get() & 0xff;
            b.get(); // streamType, upStream, reserved
            int buffer = ((b.get() & 0xff) << 16) | ((b.get() & 0xff) << 8) | (b.get() & 0xff);
            long max = Integer.toUnsignedLong(b.getInt());
            long avg = Integer.toUnsignedLong(b.getInt());
            byte[] info = new byte[0];
            if (b.position() < end && (b.get(b.position()) & 0xff) == DEC_SPECIFIC) {
                b.get();
                info = new byte[descriptorLength(b)];
                b.get(info);
            }
            return new Esds(oti, buffer, max, avg, info);
        } catch (RuntimeException e) {
            throw new Mp4Exception("'esds' box is truncated or malformed");
        }
    }

    /** An {@code esds} box for MPEG-4 audio with this AudioSpecificConfig. */
    public static byte[] audio(byte[] audioSpecificConfig, int bufferSize, long maxBitrate, long avgBitrate) {
        ByteArrayOutputStream dcd = new ByteArrayOutputStream();
        dcd.write(0x40);
        dcd.write((0x05 << 2) | 1); // audio stream, reserved bit
        dcd.write(bufferSize >>> 16);
        dcd.write(bufferSize >>> 8);
        dcd.write(bufferSize);
        writeInt(dcd, maxBitrate);
        writeInt(dcd, avgBitrate);
        descriptor(dcd, DEC_SPECIFIC, audioSpecificConfig);
        ByteArrayOutputStream es = new ByteArrayOutputStream();
        es.write(0);
        es.write(0); // ES_ID 0
        es.write(0); // no flags
        descriptor(es, DECODER_CONFIG, dcd.toByteArray());
        descriptor(es, SL_CONFIG, new byte[] {2});
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[4]); // version 0, flags 0
        descriptor(body, ES_DESCR, es.toByteArray());
        BoxWriter w = new BoxWriter();
        w.start("esds").bytes(body.toByteArray()).end();
        return w.toByteArray();
    }

    @Override
    public byte[] decoderSpecificInfo() {
        return decoderSpecificInfo.clone();
    }

    private static void expectTag(ByteBuffer b, int tag) throws Mp4Exception {
        int found = b.get() & 0xff;
        if (found != tag) {
            throw new Mp4Exception("'esds' has descriptor tag " + found + " where " + tag + " belongs");
        }
    }

    private static int descriptorLength(ByteBuffer b) {
        int length = 0;
        for (int i = 0; i < 4; i++) {
            int v = b.get() & 0xff;
            length = (length << 7) | (v & 0x7f);
            if ((v & 0x80) == 0) {
                break;
            }
        }
        return length;
    }

    private static void descriptor(ByteArrayOutputStream out, int tag, byte[] body) {
        out.write(tag);
        int n = body.length;
        if (n >= 1 << 21) {
            out.write(0x80 | (n >>> 21));
        }
        if (n >= 1 << 14) {
            out.write(0x80 | ((n >>> 14) & 0x7f));
        }
        if (n >= 1 << 7) {
            out.write(0x80 | ((n >>> 7) & 0x7f));
        }
        out.write(n & 0x7f);
        out.writeBytes(body);
    }

    private static void writeInt(ByteArrayOutputStream out, long v) {
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
    }
}
