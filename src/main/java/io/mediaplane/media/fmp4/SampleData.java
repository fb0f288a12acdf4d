package io.mediaplane.media.fmp4;

import io.mediaplane.media.index.Samples;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Copies a run's sample bytes into an output array, one positional read per contiguous stretch. */
final class SampleData {
    private SampleData() {}

    /** Reads the run's samples into {@code out} at {@code at}; returns the position after them. */
    static int copy(TrackRun run, byte[] out, int at) throws IOException {
        Samples s = run.track().samples();
        int i = run.from();
        while (i < run.to()) {
            long start = s.offset(i);
            long end = start + s.size(i);
            int j = i + 1;
            while (j < run.to() && s.offset(j) == end) {
                end += s.size(j++);
            }
            int length = (int) (end - start);
            run.source().readFully(ByteBuffer.wrap(out, at, length), start);
            at += length;
            i = j;
        }
        return at;
    }
}
