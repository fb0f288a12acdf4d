package io.mediaplane.media.mp4;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A box read into memory: its type and its payload (after the header; a {@code uuid} box's payload
 * starts with its 16-byte extended type). Containers list their children; full boxes (§4.2) have
 * a version and flags before their body.
 */
public record Box(int type, ByteBuffer payload) {
    private static final int UUID = FourCc.of("uuid");

    public Box {
        payload = payload.slice();
    }

    public String typeName() {
        return FourCc.toString(type);
    }

    /** Reads a box from its whole bytes (header included). */
    public static Box of(byte[] bytes) throws Mp4Exception {
        var list = parseAll(ByteBuffer.wrap(bytes));
        if (list.size() != 1) {
            throw new Mp4Exception("expected one box, found " + list.size());
        }
        return list.get(0);
    }

    /** Every box in {@code b} from its position to its limit, in order. */
    public static List<Box> parseAll(ByteBuffer b) throws Mp4Exception {
        List<Box> boxes = new ArrayList<>();
        ByteBuffer view = b.slice();
        int at = 0;
        while (at < view.limit()) {
            BoxHeader h = BoxHeader.parse(view.duplicate().position(at), at, view.limit());
            int header = h.type() == UUID ? h.headerSize() - 16 : h.headerSize();
            boxes.add(new Box(h.type(), view.slice(at + header, (int) h.size() - header)));
            at += (int) h.size();
        }
        return boxes;
    }

    /** The children of a container box (its payload from {@code skip} on parsed as boxes). */
    public List<Box> children(int skip) throws Mp4Exception {
        if (skip > payload.limit()) {
            throw new Mp4Exception("'" + typeName() + "' is shorter than its fixed fields");
        }
        return parseAll(payload.slice(skip, payload.limit() - skip));
    }

    public List<Box> children() throws Mp4Exception {
        return children(0);
    }

    /** The first child of that type, or null. */
    public Box child(String type) throws Mp4Exception {
        int code = FourCc.of(type);
        for (Box c : children()) {
            if (c.type == code) {
                return c;
            }
        }
        return null;
    }

    /** The first child of that type, or an {@link Mp4Exception} naming what is missing. */
    public Box require(String type) throws Mp4Exception {
        Box c = child(type);
        if (c == null) {
            throw new Mp4Exception("'" + typeName() + "' has no '" + type + "' box");
        }
        return c;
    }

    /** A full box's version. */
    public int version() throws Mp4Exception {
        return u8(0);
    }

    /** A full box's flags. */
    public int flags() throws Mp4Exception {
        return (int) (u32(0) & 0xffffff);
    }

    public int u8(int at) throws Mp4Exception {
        check(at, 1);
        return payload.get(at) & 0xff;
    }

    public int u16(int at) throws Mp4Exception {
        check(at, 2);
        return payload.getShort(at) & 0xffff;
    }

    public long u32(int at) throws Mp4Exception {
        check(at, 4);
        return Integer.toUnsignedLong(payload.getInt(at));
    }

    public int s32(int at) throws Mp4Exception {
        check(at, 4);
        return payload.getInt(at);
    }

    public long u64(int at) throws Mp4Exception {
        check(at, 8);
        return payload.getLong(at);
    }

    public byte[] bytes(int at, int length) throws Mp4Exception {
        check(at, length);
        byte[] b = new byte[length];
        payload.get(at, b);
        return b;
    }

    public int size() {
        return payload.limit();
    }

    /** The whole box again, header included (32-bit size). */
    public byte[] toBytes() {
        byte[] b = new byte[8 + payload.limit()];
        ByteBuffer.wrap(b).putInt(b.length).putInt(type);
        payload.get(0, b, 8, payload.limit());
        return b;
    }

    private void check(int at, int length) throws Mp4Exception {
        if (at < 0 || length < 0 || at + length > payload.limit()) {
            throw new Mp4Exception(
                    "'" + typeName() + "' box is too short: needs " + (at + length) + " bytes, has " + payload.limit());
        }
    }
}
