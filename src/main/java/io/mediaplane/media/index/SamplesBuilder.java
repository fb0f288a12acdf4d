package io.mediaplane.media.index;

import java.util.Arrays;

/** Collects samples one by one, in decode order, for a source read as a stream (MPEG-TS). */
public final class SamplesBuilder {
    private long[] decodeTimes = new long[256];
    private int[] compositionOffsets = new int[256];
    private int[] sizes = new int[256];
    private long[] offsets = new long[256];
    private int[] sync = new int[16];
    private int count;
    private int syncCount;
    private boolean anyOffset;

    public void add(long decodeTime, int compositionOffset, int size, long offset, boolean isSync) {
        if (count == sizes.length) {
            int grown = count * 2;
            decodeTimes = Arrays.copyOf(decodeTimes, grown);
            compositionOffsets = Arrays.copyOf(compositionOffsets, grown);
            sizes = Arrays.copyOf(sizes, grown);
            offsets = Arrays.copyOf(offsets, grown);
        }
        if (isSync) {
            if (syncCount == sync.length) {
                sync = Arrays.copyOf(sync, syncCount * 2);
            }
            sync[syncCount++] = count;
        }
        decodeTimes[count] = decodeTime;
        compositionOffsets[count] = compositionOffset;
        anyOffset |= compositionOffset != 0;
        sizes[count] = size;
        offsets[count] = offset;
        count++;
    }

    public int count() {
        return count;
    }

    public long lastDecodeTime() {
        return decodeTimes[count - 1];
    }

    /** The samples so far, the last one lasting until {@code endTime}. */
    public Samples build(long endTime) throws IndexException {
        return Samples.of(
                Arrays.copyOf(decodeTimes, count),
                endTime,
                anyOffset ? Arrays.copyOf(compositionOffsets, count) : null,
                Arrays.copyOf(sizes, count),
                Arrays.copyOf(offsets, count),
                syncCount == count ? null : Arrays.copyOf(sync, syncCount));
    }
}
