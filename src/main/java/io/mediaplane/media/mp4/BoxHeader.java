package io.mediaplane.media.mp4;

import io.mediaplane.media.index.ByteSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A box header (ISO/IEC 14496-12 §4.2): type, where the box starts, header length (8, 16 with a
 * 64-bit {@code largesize}, plus 16 for a {@code uuid} box's extended type) and total size. A
 * size of 0 (to the end of the file or container) is resolved here.
 */
public record BoxHeader(int type, long offset, int headerSize, long size) {

    public String typeName() {
        return FourCc.toString(type);
    }

    public long payloadOffset() {
        return offset + headerSize;
    }

    public long payloadSize() {
        return size - headerSize;
    }

    public long end() {
        return offset + size;
    }

    /**
     * Reads the header at {@code offset} from up to 32 bytes at the start of {@code b}, for a box
     * that must end by {@code limit}.
     */
    static BoxHeader parse(ByteBuffer b, long offset, long limit) throws Mp4Exception {
        if (b.remaining() < 8) {
            throw new Mp4Exception("truncated box header at byte " + offset);
        }
        int start = b.position();
        long size = Integer.toUnsignedLong(b.getInt(start));
        int type = b.getInt(start + 4);
        int header = 8;
        if (size == 1) {
            if (b.remaining() < 16) {
                throw new Mp4Exception("truncated 64-bit box header at byte " + offset);
            }
            size = b.getLong(start + 8);
            header = 16;
        } else if (size == 0) {
            size = limit - offset;
        }
        if (type == FourCc.of("uuid")) {
            header += 16;
        }
        if (size < header) {
            throw new Mp4Exception(
                    "box '" + FourCc.toString(type) + "' at byte " + offset + " has an impossible size " + size);
        }
        if (size > limit - offset) {
            throw new Mp4Exception("box '" + FourCc.toString(type) + "' at byte " + offset + " claims " + size
                    + " bytes but only " + (limit - offset) + " remain: the file is truncated or corrupt");
        }
        return new BoxHeader(type, offset, header, size);
    }

    /** The top-level boxes of a file, read header by header (payloads are not read). */
    public static List<BoxHeader> topLevel(ByteSource source) throws IOException {
        long length = source.size();
        List<BoxHeader> boxes = new ArrayList<>();
        long at = 0;
        ByteBuffer buf = ByteBuffer.allocate(32);
        while (at < length) {
            buf.clear().limit((int) Math.min(32, length - at));
            source.readFully(buf, at);
            buf.flip();
            BoxHeader h = parse(buf, at, length);
            boxes.add(h);
            at = h.end();
        }
        return boxes;
    }
}
