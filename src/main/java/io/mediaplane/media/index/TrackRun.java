package io.mediaplane.media.index;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Samples {@code from} to {@code to} (exclusive) of a track, whose bytes are in {@code source}. */
public record TrackRun(Track track, int from, int to, ByteSource source) {
    public TrackRun {
        if (from < 0 || to < from || to > track.samples().count()) {
            throw new IllegalArgumentException("samples " + from + " to " + to + " are not in a track of "
                    + track.samples().count());
        }
    }

    public int count() {
        return to - from;
    }

    public long bytes() {
        return track.samples().bytes(from, to);
    }

    /** The run's sample bytes one after another, read with one positional read per contiguous stretch. */
    public byte[] read() throws IOException {
        long total = bytes();
        if (total > Integer.MAX_VALUE - 16) {
            throw new IOException("a run of " + total + " bytes is too large");
        }
        byte[] out = new byte[(int) total];
        copyTo(out, 0);
        return out;
    }

    /** Reads the run's samples into {@code out} at {@code at}; returns the position after them. */
    public int copyTo(byte[] out, int at) throws IOException {
        Samples s = track.samples();
        int i = from;
        while (i < to) {
            long start = s.offset(i);
            long end = start + s.size(i);
            int j = i + 1;
            while (j < to && s.offset(j) == end) {
                end += s.size(j++);
            }
            int length = (int) (end - start);
            source.readFully(ByteBuffer.wrap(out, at, length), start);
            at += length;
            i = j;
        }
        return at;
    }
}
