package io.mediaplane.media.index;

import java.util.Arrays;

/**
 * The samples of one track in decode order, as primitive arrays (24 bytes a sample): decode time
 * and composition offset in the track's timescale, size and byte offset in the track's source,
 * and the sync samples. Immutable; the arrays are never handed out.
 */
public final class Samples {
    private final long[] decodeTimes;
    private final long endTime;
    private final int[] compositionOffsets;
    private final int[] sizes;
    private final long[] offsets;
    private final int[] syncSamples;

    private Samples(
            long[] decodeTimes, long endTime, int[] compositionOffsets, int[] sizes, long[] offsets, int[] sync) {
        this.decodeTimes = decodeTimes;
        this.endTime = endTime;
        this.compositionOffsets = compositionOffsets;
        this.sizes = sizes;
        this.offsets = offsets;
        this.syncSamples = sync;
    }

    /**
     * Checks and wraps the arrays (taken, not copied).
     *
     * @param compositionOffsets null when every offset is zero
     * @param syncSamples sorted sample numbers from 0, or null when every sample is a sync sample
     */
    public static Samples of(
            long[] decodeTimes, long endTime, int[] compositionOffsets, int[] sizes, long[] offsets, int[] syncSamples)
            throws IndexException {
        int n = decodeTimes.length;
        if (sizes.length != n
                || offsets.length != n
                || (compositionOffsets != null && compositionOffsets.length != n)) {
            throw new IndexException("sample tables disagree on the number of samples");
        }
        for (int i = 0; i < n; i++) {
            long next = i + 1 < n ? decodeTimes[i + 1] : endTime;
            if (next < decodeTimes[i]) {
                throw new IndexException("decode times go backwards at sample " + (i + 1));
            }
            if (sizes[i] < 0 || offsets[i] < 0) {
                throw new IndexException("negative size or offset at sample " + (i + 1));
            }
        }
        if (syncSamples != null) {
            for (int i = 0; i < syncSamples.length; i++) {
                if (syncSamples[i] < 0 || syncSamples[i] >= n || (i > 0 && syncSamples[i] <= syncSamples[i - 1])) {
                    throw new IndexException("sync sample list is not sorted sample numbers of the track");
                }
            }
        }
        return new Samples(decodeTimes, endTime, compositionOffsets, sizes, offsets, syncSamples);
    }

    public int count() {
        return decodeTimes.length;
    }

    public long decodeTime(int i) {
        return decodeTimes[i];
    }

    /** The decode time just after the last sample. */
    public long endTime() {
        return endTime;
    }

    public long duration(int i) {
        return (i + 1 < decodeTimes.length ? decodeTimes[i + 1] : endTime) - decodeTimes[i];
    }

    public int compositionOffset(int i) {
        return compositionOffsets == null ? 0 : compositionOffsets[i];
    }

    public boolean hasCompositionOffsets() {
        return compositionOffsets != null;
    }

    public int size(int i) {
        return sizes[i];
    }

    public long offset(int i) {
        return offsets[i];
    }

    public boolean isSync(int i) {
        return syncSamples == null || Arrays.binarySearch(syncSamples, i) >= 0;
    }

    /** Whether every sample is a sync sample (audio, intra-only video). */
    public boolean allSync() {
        return syncSamples == null;
    }

    /** The sync sample numbers in order. */
    public int[] syncSamples() {
        if (syncSamples == null) {
            int[] all = new int[count()];
            Arrays.setAll(all, i -> i);
            return all;
        }
        return syncSamples.clone();
    }

    /** Bytes of samples {@code from} (inclusive) to {@code to} (exclusive). */
    public long bytes(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += sizes[i];
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Samples s
                && endTime == s.endTime
                && Arrays.equals(decodeTimes, s.decodeTimes)
                && Arrays.equals(compositionOffsets, s.compositionOffsets)
                && Arrays.equals(sizes, s.sizes)
                && Arrays.equals(offsets, s.offsets)
                && Arrays.equals(syncSamples, s.syncSamples);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(decodeTimes) * 31 + Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return "Samples[" + count() + " samples, end " + endTime + "]";
    }

    long[] decodeTimesArray() {
        return decodeTimes;
    }

    int[] compositionOffsetsArray() {
        return compositionOffsets;
    }

    int[] sizesArray() {
        return sizes;
    }

    long[] offsetsArray() {
        return offsets;
    }

    int[] syncSamplesArray() {
        return syncSamples;
    }
}
