package io.mediaplane.media.fmp4;

import io.mediaplane.media.index.Samples;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.index.TrackRun;
import io.mediaplane.media.mp4.BoxWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A media segment: {@code styp}, an optional {@code sidx}, then one {@code moof} with a {@code
 * traf} per run and one {@code mdat} holding the runs' samples in the same order.
 */
public final class MediaSegment {
    /** sample_flags of a sync sample: depends on no other (ISO/IEC 14496-12 §8.8.3.1). */
    static final int SYNC = 0x02000000;
    /** sample_flags of a non-sync sample: depends on others, is_non_sync_sample. */
    static final int NON_SYNC = 0x01010000;

    private static final int DATA_OFFSET = 0x1, DURATION = 0x100, SIZE = 0x200, FLAGS = 0x400, CTO = 0x800;
    private static final int BASE_IS_MOOF = 0x020000;

    private MediaSegment() {}

    /**
     * Writes segment number {@code sequence} (from 1) of the runs, run {@code k} being track {@code
     * k + 1} of the init segment.
     *
     * @param sidx whether to start with a segment index referencing the fragment
     */
    public static byte[] write(int sequence, List<TrackRun> runs, boolean sidx) throws IOException {
        return write(sequence, runs, sidx, true, null);
    }

    /**
     * Writes a segment as above with a variant's boxes.
     *
     * @param styp whether to start with a {@code styp} (Smooth Streaming fragments have none)
     * @param extra boxes added to each traf, or null
     */
    public static byte[] write(int sequence, List<TrackRun> runs, boolean sidx, boolean styp, TrafBoxes extra)
            throws IOException {
        long payload = runs.stream().mapToLong(TrackRun::bytes).sum();
        if (payload > Integer.MAX_VALUE - 65536) {
            throw new IOException("a segment of " + payload + " bytes of samples is too large");
        }
        byte[] data = new byte[(int) payload];
        int[] starts = new int[runs.size()];
        int at = 0;
        for (int k = 0; k < runs.size(); k++) {
            starts[k] = at;
            at = runs.get(k).copyTo(data, at);
            if (extra != null) {
                extra.samples(k, runs.get(k), data, starts[k]);
            }
        }
        BoxWriter w =
                new BoxWriter(256 + 16 * runs.stream().mapToInt(TrackRun::count).sum());
        if (styp) {
            w.start("styp")
                    .fourCc("cmfs")
                    .u32(0)
                    .fourCc("cmfs")
                    .fourCc("msdh")
                    .fourCc("msix")
                    .end();
        }
        int sidxAt = w.position();
        if (sidx) {
            writeSidx(w, runs.get(0), runs.get(0).track().samples(), 1);
        }
        int moofAt = w.position();
        int[] dataOffsets = moof(w, sequence, runs, extra, moofAt);
        int moofSize = w.position() - moofAt;
        for (int k = 0; k < runs.size(); k++) {
            if (dataOffsets[k] >= 0) {
                w.putU32At(dataOffsets[k], moofSize + 8L + starts[k]);
            }
        }
        if (sidx) {
            w.putU32At(sidxAt + 40, moofSize + 8 + payload); // referenced_size of the one reference
        }
        w.u32(8 + payload).fourCc("mdat");
        byte[] head = w.toByteArray();
        byte[] out = Arrays.copyOf(head, head.length + data.length);
        System.arraycopy(data, 0, out, head.length, data.length);
        return out;
    }

    /** Writes the moof; returns, per run, where its trun's data_offset is (-1 for an empty run). */
    private static int[] moof(BoxWriter w, int sequence, List<TrackRun> runs, TrafBoxes extra, int moofAt) {
        int[] dataOffsets = new int[runs.size()];
        w.start("moof");
        w.startFull("mfhd", 0, 0).u32(sequence).end();
        for (int k = 0; k < runs.size(); k++) {
            TrackRun run = runs.get(k);
            if (run.count() == 0) {
                dataOffsets[k] = -1;
                continue;
            }
            w.start("traf");
            w.startFull("tfhd", 0, BASE_IS_MOOF).u32(k + 1L).end();
            if (extra == null || extra.tfdt()) {
                w.startFull("tfdt", 1, 0)
                        .u64(run.track().samples().decodeTime(run.from()))
                        .end();
            }
            dataOffsets[k] = trun(w, run);
            if (extra != null) {
                extra.write(w, k, run, moofAt);
            }
            w.end();
        }
        w.end();
        return dataOffsets;
    }

    private static int trun(BoxWriter w, TrackRun run) {
        Samples s = run.track().samples();
        boolean offsets = s.hasCompositionOffsets();
        boolean negative = false;
        for (int i = run.from(); offsets && i < run.to(); i++) {
            negative |= s.compositionOffset(i) < 0;
        }
        w.startFull("trun", negative ? 1 : 0, DATA_OFFSET | DURATION | SIZE | FLAGS | (offsets ? CTO : 0));
        w.u32(run.count());
        int dataOffset = w.position();
        w.u32(0);
        for (int i = run.from(); i < run.to(); i++) {
            w.u32(s.duration(i)).u32(s.size(i)).u32(s.isSync(i) ? SYNC : NON_SYNC);
            if (offsets) {
                w.u32(s.compositionOffset(i) & 0xffffffffL);
            }
        }
        w.end();
        return dataOffset;
    }

    /**
     * A {@code sidx} (§8.16.3) with one reference to the fragment that follows; its
     * referenced_size (at byte 40) is filled in once the fragment's size is known.
     */
    private static void writeSidx(BoxWriter w, TrackRun run, Samples s, int referenceId) {
        Track t = run.track();
        long earliest = Long.MAX_VALUE;
        for (int i = run.from(); i < run.to(); i++) {
            earliest = Math.min(earliest, s.decodeTime(i) + s.compositionOffset(i));
        }
        long end = run.to() < s.count() ? s.decodeTime(run.to()) : s.endTime();
        long duration = run.count() == 0 ? 0 : end - s.decodeTime(run.from());
        w.startFull("sidx", 1, 0).u32(referenceId).u32(t.timescale());
        w.u64(run.count() == 0 ? 0 : Math.max(0, earliest)).u64(0).u16(0).u16(1);
        w.u32(0).u32(duration).u32(0x90000000L); // size (later), duration, starts with SAP of type 1
        w.end();
    }
}
