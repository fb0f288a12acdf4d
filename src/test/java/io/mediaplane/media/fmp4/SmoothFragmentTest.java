package io.mediaplane.media.fmp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.index.ByteSource;
import io.mediaplane.media.index.Cuts;
import io.mediaplane.media.index.SampleIndex;
import io.mediaplane.media.index.Segmenter;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.index.TrackRun;
import io.mediaplane.media.mp4.Box;
import io.mediaplane.media.mp4.MovieIndexer;
import io.mediaplane.support.media.Clips;
import io.mediaplane.support.media.Probe;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smooth Streaming fragments, checked box by box and decoded by FFmpeg behind an init segment. */
class SmoothFragmentTest {

    @Test
    void fragmentsCarryTfxdAndTfrfAndDecode(@TempDir Path dir) throws Exception {
        Path mp4 = Clips.h264Aac(dir, "av.mp4", 4, true);
        try (var ch = FileChannel.open(mp4)) {
            var source = ByteSource.of(ch);
            SampleIndex index = MovieIndexer.index(source);
            Track video = index.firstVideo().orElseThrow();
            Cuts cuts = Segmenter.cuts(video, 2);
            int[] split = Segmenter.split(video, cuts);
            var out = new ByteArrayOutputStream();
            out.write(InitSegment.write(List.of(video)));
            byte[] first = null;
            for (int k = 0; k < cuts.segmentCount(); k++) {
                var run = new TrackRun(video, split[k], split[k + 1], source);
                List<long[]> next = k + 1 < cuts.segmentCount()
                        ? List.of(new long[] {video.samples().decodeTime(split[k + 1]), 25_600})
                        : List.of();
                byte[] fragment = SmoothFragment.write(k + 1, run, next);
                first = first == null ? fragment : first;
                out.write(fragment);
            }
            List<Box> boxes = Box.parseAll(ByteBuffer.wrap(first));
            assertEquals(
                    List.of("moof", "mdat"), boxes.stream().map(Box::typeName).toList());
            Box traf = boxes.get(0).require("traf");
            assertEquals(
                    List.of("tfhd", "trun", "uuid", "uuid"),
                    traf.children().stream().map(Box::typeName).toList());
            assertNull(traf.child("tfdt"));
            Box tfxd = traf.children().get(2);
            assertArrayEquals(SmoothFragment.TFXD, tfxd.bytes(0, 16));
            assertEquals(1, tfxd.u8(16), "version 1: 64-bit times");
            assertEquals(0, tfxd.u64(20));
            assertEquals(25_600, tfxd.u64(28), "2 s in the 12800 timescale");
            Box tfrf = traf.children().get(3);
            assertArrayEquals(SmoothFragment.TFRF, tfrf.bytes(0, 16));
            assertEquals(1, tfrf.u8(20));
            assertEquals(25_600, tfrf.u64(21));
            Path file = dir.resolve("smooth.mp4");
            Files.write(file, out.toByteArray());
            assertEquals("", Probe.decodeErrors(file));
            assertEquals(100, Probe.decodedFrames(file, "v"));
            String video264 = SmoothFragment.codecPrivateData(video);
            assertTrue(video264.startsWith("0000000167"), video264);
            assertEquals("H264", SmoothFragment.fourCc(video));
            assertTrue(
                    SmoothFragment.codecPrivateData(index.firstAudio().orElseThrow())
                            .startsWith("1190"),
                    "AAC-LC 48 kHz stereo");
            assertTrue(
                    Arrays.equals(
                            first,
                            SmoothFragment.write(
                                    1,
                                    new TrackRun(video, split[0], split[1], source),
                                    List.of(new long[] {video.samples().decodeTime(split[1]), 25_600}))),
                    "deterministic");
        }
    }
}
