package io.mediaplane.media.ts;

import io.mediaplane.media.codec.AudioSpecificConfig;
import io.mediaplane.media.codec.AvcConfig;
import io.mediaplane.media.codec.CodecException;
import io.mediaplane.media.index.Segmenter;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.index.TrackRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes an HLS MPEG-TS segment (RFC 8216 §3.2) from runs of H.264 and AAC samples: a PAT and a
 * PMT first, then PES packets in decode order starting with the video key frame, H.264 in Annex B
 * with an access unit delimiter and the parameter sets before each key frame, AAC in ADTS frames
 * (up to {@link #AUDIO_FRAMES_PER_PES} per PES), and a PCR with every video PES (every audio PES
 * when there is no video).
 *
 * <p>Times are the tracks' presentation times (edit applied) in 90 kHz plus {@link
 * #TIMESTAMP_OFFSET}, so every rendition of a source shares one timeline.
 */
public final class TsSegmentWriter {
    public static final int PMT_PID = 0x1000;
    public static final int VIDEO_PID = 0x100;
    public static final int AUDIO_PID = 0x101;
    /** Added to every PTS and DTS (10 s), so that encoder delays never make a timestamp negative. */
    public static final long TIMESTAMP_OFFSET = 900_000;

    static final int AUDIO_FRAMES_PER_PES = 5;
    /** How far the PCR runs ahead of the DTS of the PES that carries it (100 ms). */
    private static final long PCR_LEAD = 9_000;

    private TsSegmentWriter() {}

    /**
     * A segment and the continuity counters to start the next one with.
     *
     * @param counters the next continuity counter of every PID (index = PID)
     */
    public record Segment(byte[] bytes, int[] counters) {}

    /** A segment whose continuity counters start at 0. */
    public static byte[] write(List<TrackRun> runs) throws IOException {
        return write(runs, new int[0]).bytes();
    }

    /**
     * A segment of at most one H.264 run and one AAC run.
     *
     * @param counters continuity counters to start from (the previous segment's), by PID
     */
    public static Segment write(List<TrackRun> runs, int[] counters) throws IOException {
        TrackRun video = null;
        TrackRun audio = null;
        for (TrackRun run : runs) {
            String codecs = run.track().format().codecs();
            if (run.track().isVideo() && video == null && codecs.startsWith("avc")) {
                video = run;
            } else if (run.track().isAudio() && audio == null && codecs.startsWith("mp4a.40.")) {
                audio = run;
            } else {
                throw new TsException("MPEG-TS output takes one H.264 and one AAC track, not " + codecs);
            }
        }
        var out = new ByteArrayOutputStream((int) Math.min(
                Integer.MAX_VALUE - 8, runs.stream().mapToLong(TrackRun::bytes).sum() * 11 / 10 + 1024));
        var packets = new TsPackets(out, counters);
        List<int[]> streams = new ArrayList<>();
        if (video != null) {
            streams.add(new int[] {StreamType.H264, VIDEO_PID});
        }
        if (audio != null) {
            streams.add(new int[] {StreamType.AAC_ADTS, AUDIO_PID});
        }
        packets.psi(Psi.PAT_PID, Psi.pat(PMT_PID));
        packets.psi(PMT_PID, Psi.pmt(video != null ? VIDEO_PID : AUDIO_PID, streams.toArray(int[][]::new)));
        List<Unit> units = new ArrayList<>();
        if (video != null) {
            videoUnits(video, units);
        }
        if (audio != null) {
            audioUnits(audio, units, video == null);
        }
        units.sort(Comparator.comparingLong((Unit u) -> u.pid == VIDEO_PID && u.first ? Long.MIN_VALUE : u.dts)
                .thenComparingInt(u -> u.pid));
        for (Unit u : units) {
            int streamId = u.pid == VIDEO_PID ? Pes.VIDEO_STREAM_ID : Pes.AUDIO_STREAM_ID;
            byte[] header = Pes.header(streamId, u.pts, u.dts, u.payload.length, u.pid == VIDEO_PID);
            long pcr = u.pcr ? Math.max(0, u.dts - PCR_LEAD) * 300 : -1;
            packets.pes(u.pid, header, u.payload, 0, u.payload.length, u.sync, pcr);
        }
        return new Segment(out.toByteArray(), packets.counters());
    }

    /** One PES to write: its elementary stream bytes and 90 kHz times. */
    private record Unit(int pid, long pts, long dts, byte[] payload, boolean sync, boolean pcr, boolean first) {}

    private static void videoUnits(TrackRun run, List<Unit> units) throws IOException {
        Track t = run.track();
        AvcConfig config;
        try {
            config = AvcConfig.parse(t.format().decoderConfig());
        } catch (CodecException e) {
            throw new TsException("track " + t.id() + ": " + e.getMessage(), e);
        }
        byte[] data = run.read();
        int at = 0;
        var samples = t.samples();
        for (int i = run.from(); i < run.to(); i++) {
            var es = new ByteArrayOutputStream(samples.size(i) + 64);
            try {
                AccessUnits.h264(es, data, at, samples.size(i), config, samples.isSync(i));
            } catch (CodecException e) {
                throw new TsException("track " + t.id() + " sample " + (i + 1) + ": " + e.getMessage(), e);
            }
            at += samples.size(i);
            units.add(new Unit(
                    VIDEO_PID, pts(t, i), dts(t, i), es.toByteArray(), samples.isSync(i), true, i == run.from()));
        }
    }

    private static void audioUnits(TrackRun run, List<Unit> units, boolean pcr) throws IOException {
        Track t = run.track();
        AudioSpecificConfig config;
        try {
            config = AudioSpecificConfig.parse(t.format().decoderConfig());
        } catch (CodecException e) {
            throw new TsException("track " + t.id() + ": " + e.getMessage(), e);
        }
        byte[] data = run.read();
        int at = 0;
        var samples = t.samples();
        for (int i = run.from(); i < run.to(); i += AUDIO_FRAMES_PER_PES) {
            int end = Math.min(run.to(), i + AUDIO_FRAMES_PER_PES);
            var es = new ByteArrayOutputStream((int) samples.bytes(i, end) + 7 * AUDIO_FRAMES_PER_PES);
            for (int k = i; k < end; k++) {
                try {
                    AccessUnits.adts(es, data, at, samples.size(k), config);
                } catch (CodecException e) {
                    throw new TsException("track " + t.id() + " sample " + (k + 1) + ": " + e.getMessage(), e);
                }
                at += samples.size(k);
            }
            long pts = pts(t, i);
            units.add(new Unit(AUDIO_PID, pts, pts, es.toByteArray(), true, pcr, i == run.from()));
        }
    }

    private static long pts(Track t, int i) {
        return Segmenter.rescale(t.presentationTime(i), t.timescale(), 90_000) + TIMESTAMP_OFFSET;
    }

    private static long dts(Track t, int i) {
        long dts = t.samples().decodeTime(i) + t.emptyEdit() - t.mediaTime();
        return Segmenter.rescale(dts, t.timescale(), 90_000) + TIMESTAMP_OFFSET;
    }
}
