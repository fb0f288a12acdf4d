package io.mediaplane.media.ts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.index.ByteSource;
import io.mediaplane.media.index.Cuts;
import io.mediaplane.media.index.SampleIndex;
import io.mediaplane.media.index.Segmenter;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.index.TrackRun;
import io.mediaplane.media.mp4.MovieIndexer;
import io.mediaplane.support.media.Clips;
import io.mediaplane.support.media.IndexedClip;
import io.mediaplane.support.media.Probe;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HLS MPEG-TS segments from an FFmpeg-made MP4, demuxed and decoded back by FFmpeg. */
class TsSegmentWriterTest {
    @TempDir
    static Path dir;

    static Path mp4;
    static IndexedClip clip;
    static SampleIndex index;
    static Cuts cuts;
    static List<byte[]> segments = new ArrayList<>();
    static Path all;

    @BeforeAll
    static void writeSegments() throws Exception {
        mp4 = Clips.h264Aac(dir, "av.mp4", 4, true);
        clip = IndexedClip.open(mp4);
        index = clip.index();
        cuts = Segmenter.cuts(index.referenceTrack(), 2);
        int[] counters = new int[0];
        var whole = new ByteArrayOutputStream();
        for (int k = 0; k < cuts.segmentCount(); k++) {
            var segment = TsSegmentWriter.write(clip.runs(cuts, k), counters);
            counters = segment.counters();
            segments.add(segment.bytes());
            Files.write(dir.resolve("seg" + k + ".ts"), segment.bytes());
            whole.write(segment.bytes());
        }
        all = dir.resolve("all.ts");
        Files.write(all, whole.toByteArray());
    }

    @AfterAll
    static void close() throws Exception {
        clip.close();
    }

    @Test
    void decodesWithoutErrorsWithEveryFrame() {
        assertEquals(2, segments.size());
        assertEquals("", Probe.decodeErrors(all));
        assertEquals("h264", Probe.stream(all, "v", "codec_name"));
        assertEquals("aac", Probe.stream(all, "a", "codec_name"));
        assertEquals("48000,2", Probe.stream(all, "a", "sample_rate,channels"));
        assertEquals(100, Probe.decodedFrames(all, "v"));
        assertEquals(Probe.packets(mp4, "a").size(), Probe.decodedFrames(all, "a"));
    }

    @Test
    void timestampsAreTheSourcePresentationTimesIn90kHz() {
        Track video = index.firstVideo().orElseThrow();
        List<Long> expected = Probe.packets(mp4, "v").stream()
                .map(p -> Segmenter.rescale(p.pts(), video.timescale(), 90_000) + TsSegmentWriter.TIMESTAMP_OFFSET)
                .toList();
        assertEquals(
                expected,
                Probe.packets(all, "v").stream().map(Probe.Packet::pts).toList());
        long firstVideo = Probe.packets(all, "v").get(0).pts();
        long firstAudio = Probe.packets(all, "a").get(0).pts();
        assertTrue(Math.abs(firstAudio - firstVideo) <= 3600, "audio and video start within a frame");
        double duration = Double.parseDouble(Probe.stream(all, "v", "duration"));
        assertEquals(4.0, duration, 0.04);
    }

    @Test
    void everySegmentStartsWithPatPmtAndAKeyFrameAndDecodesAlone() throws Exception {
        for (int k = 0; k < segments.size(); k++) {
            byte[] ts = segments.get(k);
            assertEquals(0, ts.length % 188);
            for (int p = 0; p < ts.length; p += 188) {
                assertEquals(0x47, ts[p] & 0xff, "sync byte of packet " + p / 188);
            }
            assertEquals(0, pid(ts, 0), "PAT first");
            assertEquals(TsSegmentWriter.PMT_PID, pid(ts, 1), "PMT second");
            assertEquals(TsSegmentWriter.VIDEO_PID, pid(ts, 2), "video third");
            assertTrue((ts[2 * 188 + 5] & 0x40) != 0, "random_access_indicator on the key frame");
            Path file = dir.resolve("seg" + k + ".ts");
            assertEquals("", Probe.decodeErrors(file), "segment " + k);
            assertTrue(Probe.packets(file, "v").get(0).key(), "segment " + k);
            assertEquals(50, Probe.decodedFrames(file, "v"));
        }
    }

    @Test
    void continuityCountersRunOnAcrossSegments() throws Exception {
        byte[] ts = Files.readAllBytes(all);
        int[] last = new int[8192];
        java.util.Arrays.fill(last, -1);
        for (int p = 0; p < ts.length; p += 188) {
            int pid = pid(ts, p / 188);
            int cc = ts[p + 3] & 0xf;
            if (last[pid] >= 0) {
                assertEquals((last[pid] + 1) & 0xf, cc, "PID " + pid + " packet " + p / 188);
            }
            last[pid] = cc;
        }
    }

    @Test
    void refusesCodecsTsDoesNotCarryHere() throws Exception {
        Path bFrames = Clips.bFrames(dir, "bframes.mp4");
        try (var ch = FileChannel.open(bFrames)) {
            var src = ByteSource.of(ch);
            Track mpeg4 = MovieIndexer.index(src).tracks().get(0);
            var e = assertThrows(
                    TsException.class, () -> TsSegmentWriter.write(List.of(new TrackRun(mpeg4, 0, 5, src))));
            assertTrue(e.getMessage().contains("H.264"), e.getMessage());
        }
    }

    static int pid(byte[] ts, int packet) {
        int p = packet * 188;
        return ((ts[p + 1] & 0x1f) << 8) | (ts[p + 2] & 0xff);
    }
}
