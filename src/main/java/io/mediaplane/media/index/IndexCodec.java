package io.mediaplane.media.index;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of a {@link SampleIndex}: the magic {@code MPSI}, a version, then per track its
 * fields and the sample arrays written in bulk, big-endian.
 */
final class IndexCodec {
    private static final int MAGIC = 0x4d505349; // "MPSI"
    private static final int VERSION = 1;
    private static final int HAS_OFFSETS = 1, HAS_SYNC = 2;

    private IndexCodec() {}

    static byte[] encode(SampleIndex index) {
        int size = 8;
        for (Track t : index.tracks()) {
            MediaFormat f = t.format();
            size += 128 + f.decoderConfig().length + f.sampleEntry().length;
            size += utfLength(t.handler()) + utfLength(f.sampleEntryType()) + utfLength(f.codecs());
            size += utfLength(f.language()) + t.samples().count() * 28 + 16;
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.putInt(MAGIC).putShort((short) VERSION).putShort((short)
                index.tracks().size());
        for (Track t : index.tracks()) {
            b.putInt(t.id());
            putString(b, t.handler());
            b.putLong(t.timescale()).putLong(t.mediaTime()).putLong(t.emptyEdit());
            MediaFormat f = t.format();
            putString(b, f.sampleEntryType());
            putString(b, f.codecs());
            b.putInt(f.width()).putInt(f.height()).putInt(f.sampleRate()).putInt(f.channels());
            putString(b, f.language());
            putBytes(b, f.decoderConfig());
            putBytes(b, f.sampleEntry());
            Samples s = t.samples();
            int[] offsets = s.compositionOffsetsArray();
            int[] sync = s.syncSamplesArray();
            b.putInt(s.count()).putLong(s.endTime());
            b.put((byte) ((offsets != null ? HAS_OFFSETS : 0) | (sync != null ? HAS_SYNC : 0)));
            putLongs(b, s.decodeTimesArray());
            if (offsets != null) {
                putInts(b, offsets);
            }
            putInts(b, s.sizesArray());
            putLongs(b, s.offsetsArray());
            if (sync != null) {
                b.putInt(sync.length);
                putInts(b, sync);
            }
        }
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    static SampleIndex decode(byte[] bytes) throws IndexException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            if (bytes.length < 8 || b.getInt() != MAGIC) {
                throw new IndexException("not a stored sample index");
            }
            int version = b.getShort();
            if (version != VERSION) {
                throw new IndexException("stored sample index has version " + version + ", not " + VERSION);
            }
            int tracks = b.getShort() & 0xffff;
            List<Track> out = new ArrayList<>(tracks);
            for (int i = 0; i < tracks; i++) {
                out.add(track(b));
            }
            if (b.hasRemaining()) {
                throw new IndexException("stored sample index has " + b.remaining() + " bytes after its end");
            }
            return new SampleIndex(out);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new IndexException("stored sample index is truncated or corrupt");
        }
    }

    private static Track track(ByteBuffer b) throws IndexException {
        int id = b.getInt();
        String handler = getString(b);
        long timescale = b.getLong();
        long mediaTime = b.getLong();
        long emptyEdit = b.getLong();
        var format = new MediaFormat(
                getString(b),
                getString(b),
                b.getInt(),
                b.getInt(),
                b.getInt(),
                b.getInt(),
                getString(b),
                getBytes(b),
                getBytes(b));
        int count = b.getInt();
        if (count < 0 || (long) count * 16 > b.remaining()) {
            throw new IndexException("stored sample index is truncated or corrupt");
        }
        long end = b.getLong();
        int flags = b.get();
        long[] dts = getLongs(b, count);
        int[] cto = (flags & HAS_OFFSETS) != 0 ? getInts(b, count) : null;
        int[] sizes = getInts(b, count);
        long[] offsets = getLongs(b, count);
        int[] sync = (flags & HAS_SYNC) != 0 ? getInts(b, b.getInt()) : null;
        if (timescale <= 0) {
            throw new IndexException("stored sample index has a track with timescale " + timescale);
        }
        return new Track(
                id, handler, timescale, mediaTime, emptyEdit, format, Samples.of(dts, end, cto, sizes, offsets, sync));
    }

    private static int utfLength(String s) {
        return 4 + s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void putString(ByteBuffer b, String s) {
        putBytes(b, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String getString(ByteBuffer b) {
        return new String(getBytes(b), StandardCharsets.UTF_8);
    }

    private static void putBytes(ByteBuffer b, byte[] v) {
        b.putInt(v.length).put(v);
    }

    private static byte[] getBytes(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) {
            throw new BufferUnderflowException();
        }
        byte[] v = new byte[n];
        b.get(v);
        return v;
    }

    private static void putLongs(ByteBuffer b, long[] v) {
        b.asLongBuffer().put(v);
        b.position(b.position() + v.length * 8);
    }

    private static void putInts(ByteBuffer b, int[] v) {
        b.asIntBuffer().put(v);
        b.position(b.position() + v.length * 4);
    }

    private static long[] getLongs(ByteBuffer b, int n) {
        if (n < 0 || (long) n * 8 > b.remaining()) {
            throw new BufferUnderflowException();
        }
        long[] v = new long[n];
        b.asLongBuffer().get(v);
        b.position(b.position() + n * 8);
        return v;
    }

    private static int[] getInts(ByteBuffer b, int n) {
        if (n < 0 || (long) n * 4 > b.remaining()) {
            throw new BufferUnderflowException();
        }
        int[] v = new int[n];
        b.asIntBuffer().get(v);
        b.position(b.position() + n * 4);
        return v;
    }
}
