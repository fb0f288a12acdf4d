package io.mediaplane.media.mp4;

import io.mediaplane.media.index.IndexException;
import io.mediaplane.media.index.Samples;

/**
 * Expands a sample table ({@code stbl}, ISO/IEC 14496-12 §8.5-8.7) into per-sample arrays: decode
 * times from {@code stts}, composition offsets from {@code ctts}, sizes from {@code stsz} or
 * {@code stz2}, file offsets from {@code stsc} with {@code stco} or {@code co64}, sync samples
 * from {@code stss}. Every count is checked against the box sizes before anything is allocated,
 * and every sample against the file's length.
 */
final class SampleTableReader {
    /** More samples than this in one track is refused (about 9 days of 25 fps video). */
    static final int MAX_SAMPLES = 20_000_000;

    private SampleTableReader() {}

    static Samples read(Box stbl, long fileSize, String track) throws Mp4Exception {
        int[] sizes = sizes(stbl);
        int n = sizes.length;
        long[] dts = new long[n];
        long end = decodeTimes(stbl.require("stts"), dts);
        int[] cto = compositionOffsets(stbl.child("ctts"), n);
        long[] offsets = offsets(stbl, sizes);
        for (int i = 0; i < n; i++) {
            if (offsets[i] + sizes[i] > fileSize) {
                throw new Mp4Exception(track + ": sample " + (i + 1) + " lies past the end of the file (" + fileSize
                        + " bytes): the file is truncated");
            }
        }
        int[] sync = sync(stbl.child("stss"), n);
        try {
            return Samples.of(dts, end, cto, sizes, offsets, sync);
        } catch (IndexException e) {
            throw new Mp4Exception(track + ": " + e.getMessage(), e);
        }
    }

    private static int[] sizes(Box stbl) throws Mp4Exception {
        Box stsz = stbl.child("stsz");
        if (stsz != null) {
            long constant = stsz.u32(4);
            int count = count(stsz, 8, constant == 0 ? 4 : 0);
            int[] sizes = new int[count];
            for (int i = 0; i < count; i++) {
                long size = constant != 0 ? constant : stsz.u32(12 + 4 * i);
                if (size > Integer.MAX_VALUE) {
                    throw new Mp4Exception("sample " + (i + 1) + " claims " + size + " bytes");
                }
                sizes[i] = (int) size;
            }
            return sizes;
        }
        Box stz2 = stbl.child("stz2");
        if (stz2 == null) {
            throw new Mp4Exception("'stbl' has neither 'stsz' nor 'stz2'");
        }
        int field = stz2.u8(7);
        if (field != 4 && field != 8 && field != 16) {
            throw new Mp4Exception("'stz2' field size " + field + " is not 4, 8 or 16");
        }
        long count = stz2.u32(8);
        if (count > MAX_SAMPLES || 12 + (count * field + 7) / 8 > stz2.size()) {
            throw new Mp4Exception("'stz2' claims " + count + " samples, more than it holds");
        }
        int[] sizes = new int[(int) count];
        for (int i = 0; i < count; i++) {
            sizes[i] = switch (field) {
                case 4 -> (stz2.u8(12 + i / 2) >>> ((i & 1) == 0 ? 4 : 0)) & 0xf;
                case 8 -> stz2.u8(12 + i);
                default -> stz2.u16(12 + 2 * i);
            };
        }
        return sizes;
    }

    private static long decodeTimes(Box stts, long[] dts) throws Mp4Exception {
        int entries = count(stts, 4, 8);
        long time = 0;
        int i = 0;
        for (int e = 0; e < entries; e++) {
            long count = stts.u32(8 + 8 * e);
            long delta = stts.u32(12 + 8 * e);
            if (count > dts.length - i) {
                throw new Mp4Exception("'stts' describes more samples than 'stsz' (" + dts.length + ")");
            }
            for (long k = 0; k < count; k++) {
                dts[i++] = time;
                time += delta;
            }
        }
        if (i != dts.length) {
            throw new Mp4Exception("'stts' describes " + i + " samples, 'stsz' " + dts.length);
        }
        return time;
    }

    private static int[] compositionOffsets(Box ctts, int n) throws Mp4Exception {
        if (ctts == null) {
            return null;
        }
        int entries = count(ctts, 4, 8);
        int[] cto = new int[n];
        int i = 0;
        for (int e = 0; e < entries; e++) {
            long count = ctts.u32(8 + 8 * e);
            int offset = ctts.s32(12 + 8 * e); // version 0 is unsigned, but writers store negatives there too
            if (count > n - i) {
                throw new Mp4Exception("'ctts' describes more samples than the track has (" + n + ")");
            }
            for (long k = 0; k < count; k++) {
                cto[i++] = offset;
            }
        }
        return cto;
    }

    private static long[] offsets(Box stbl, int[] sizes) throws Mp4Exception {
        Box stco = stbl.child("stco");
        Box co64 = stco == null ? stbl.child("co64") : null;
        if (stco == null && co64 == null) {
            throw new Mp4Exception("'stbl' has neither 'stco' nor 'co64'");
        }
        Box chunkBox = stco != null ? stco : co64;
        int chunks = count(chunkBox, 4, stco != null ? 4 : 8);
        Box stsc = stbl.require("stsc");
        int runs = count(stsc, 4, 12);
        long[] offsets = new long[sizes.length];
        int sample = 0;
        for (int r = 0; r < runs && sample < sizes.length; r++) {
            long firstChunk = stsc.u32(8 + 12 * r);
            long perChunk = stsc.u32(12 + 12 * r);
            if (stsc.u32(16 + 12 * r) != 1) {
                throw new Mp4Exception("tracks with several sample descriptions are not supported");
            }
            long lastChunk = r + 1 < runs ? stsc.u32(8 + 12 * (r + 1)) - 1 : chunks;
            if (firstChunk < 1 || lastChunk > chunks || lastChunk < firstChunk - 1) {
                throw new Mp4Exception("'stsc' names chunks that 'stco' does not have");
            }
            for (long c = firstChunk; c <= lastChunk && sample < sizes.length; c++) {
                long at = stco != null ? stco.u32(8 + 4 * (int) (c - 1)) : co64.u64(8 + 8 * (int) (c - 1));
                for (long k = 0; k < perChunk && sample < sizes.length; k++) {
                    offsets[sample] = at;
                    at += sizes[sample++];
                }
            }
        }
        if (sample != sizes.length) {
            throw new Mp4Exception("'stsc' places " + sample + " of " + sizes.length + " samples in chunks");
        }
        return offsets;
    }

    private static int[] sync(Box stss, int n) throws Mp4Exception {
        if (stss == null) {
            return null;
        }
        int count = count(stss, 4, 4);
        int[] sync = new int[count];
        for (int i = 0; i < count; i++) {
            long number = stss.u32(8 + 4 * i);
            if (number < 1 || number > n) {
                throw new Mp4Exception("'stss' names sample " + number + " of " + n);
            }
            sync[i] = (int) number - 1;
        }
        return sync;
    }

    /** Reads an entry count at {@code at} and checks that many entries of {@code entrySize} bytes fit after it. */
    private static int count(Box box, int at, int entrySize) throws Mp4Exception {
        long count = box.u32(at);
        if (count > MAX_SAMPLES || (long) at + 4 + count * entrySize > box.size()) {
            throw new Mp4Exception("'" + box.typeName() + "' claims " + count + " entries, more than it holds");
        }
        return (int) count;
    }
}
