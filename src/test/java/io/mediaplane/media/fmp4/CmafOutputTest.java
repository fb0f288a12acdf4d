package io.mediaplane.media.fmp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.mediaplane.support.media.IndexedClip;
import io.mediaplane.support.media.Probe;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CMAF init and media segments from FFmpeg-made MP4s, decoded back by FFmpeg. */
class CmafOutputTest {
    @TempDir
    static Path dir;

    static IndexedClip clip;
    static ByteSource av;
    static SampleIndex avIndex;
    static Path avFile;

    @BeforeAll
    static void makeClip() throws Exception {
        avFile = Clips.h264Aac(dir, "av.mp4", 4, true);
        clip = IndexedClip.open(avFile);
        av = clip.source();
        avIndex = clip.index();
    }

    @AfterAll
    static void close() throws Exception {
        clip.close();
    }

    /** Init segment then every segment of the tracks cut at the reference's key frames, concatenated into a file. */
    static Path write(String name, List<Track> tracks, ByteSource source, Cuts cuts, boolean sidx) throws Exception {
        var out = new ByteArrayOutputStream();
        out.write(InitSegment.write(tracks));
        List<int[]> splits = tracks.stream().map(t -> Segmenter.split(t, cuts)).toList();
        for (int k = 0; k < cuts.segmentCount(); k++) {
            List<TrackRun> runs = new ArrayList<>();
            for (int t = 0; t < tracks.size(); t++) {
                runs.add(new TrackRun(tracks.get(t), splits.get(t)[k], splits.get(t)[k + 1], source));
            }
            out.write(MediaSegment.write(k + 1, runs, sidx));
        }
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void videoTrackDecodesWithEveryFrameAndTheSourceTimes() throws Exception {
        Track video = avIndex.firstVideo().orElseThrow();
        Cuts cuts = Segmenter.cuts(video, 2);
        assertEquals(2, cuts.segmentCount());
        Path file = write("video.mp4", List.of(video), av, cuts, false);
        assertEquals("", Probe.decodeErrors(file));
        assertEquals("h264", Probe.stream(file, "v", "codec_name"));
        assertEquals("320,180", Probe.stream(file, "v", "width,height"));
        assertEquals(100, Probe.decodedFrames(file, "v"));
        assertEquals(
                Probe.packets(avFile, "v").stream()
                        .map(p -> List.of(p.pts(), p.dts(), (long) p.size()))
                        .toList(),
                Probe.packets(file, "v").stream()
                        .map(p -> List.of(p.pts(), p.dts(), (long) p.size()))
                        .toList());
    }

    @Test
    void audioTrackKeepsItsEncoderDelay() throws Exception {
        Track audio = avIndex.firstAudio().orElseThrow();
        Cuts cuts = Segmenter.cuts(avIndex.referenceTrack(), 2);
        Path file = write("audio.mp4", List.of(audio), av, cuts, false);
        assertEquals("", Probe.decodeErrors(file));
        assertEquals("aac", Probe.stream(file, "a", "codec_name"));
        assertEquals("48000,2", Probe.stream(file, "a", "sample_rate,channels"));
        assertEquals(
                Probe.packets(avFile, "a").stream()
                        .map(p -> List.of(p.pts(), (long) p.size()))
                        .toList(),
                Probe.packets(file, "a").stream()
                        .map(p -> List.of(p.pts(), (long) p.size()))
                        .toList());
        double duration = Double.parseDouble(Probe.stream(file, "a", "duration"));
        assertEquals(4.0, duration, 1024 / 48000.0);
    }

    @Test
    void muxedSegmentsWithSegmentIndexes() throws Exception {
        Cuts cuts = Segmenter.cuts(avIndex.referenceTrack(), 1);
        assertEquals(4, cuts.segmentCount());
        Path file = write("muxed.mp4", avIndex.tracks(), av, cuts, true);
        assertEquals("", Probe.decodeErrors(file));
        assertEquals(100, Probe.decodedFrames(file, "v"));
        assertEquals(Probe.packets(avFile, "a").size(), Probe.packets(file, "a").size());
        List<Box> boxes = Box.parseAll(ByteBuffer.wrap(Files.readAllBytes(file)));
        List<String> types = boxes.stream().map(Box::typeName).toList();
        assertEquals("ftyp,moov,styp,sidx,moof,mdat,styp,sidx,moof,mdat", String.join(",", types.subList(0, 10)));
        Box sidx = boxes.get(3);
        long referenced = sidx.u32(32) & 0x7fffffffL;
        assertEquals(boxes.get(4).size() + 8 + boxes.get(5).size() + 8, referenced, "sidx references moof + mdat");
        assertEquals(avIndex.firstVideo().orElseThrow().timescale(), sidx.u32(8));
    }

    @Test
    void eachSegmentDecodesAfterTheInitSegmentAlone() throws Exception {
        Track video = avIndex.firstVideo().orElseThrow();
        Cuts cuts = Segmenter.cuts(video, 1);
        int[] split = Segmenter.split(video, cuts);
        for (int k = 0; k < cuts.segmentCount(); k++) {
            var out = new ByteArrayOutputStream();
            out.write(InitSegment.write(List.of(video)));
            out.write(MediaSegment.write(k + 1, List.of(new TrackRun(video, split[k], split[k + 1], av)), false));
            Path file = dir.resolve("alone" + k + ".mp4");
            Files.write(file, out.toByteArray());
            assertEquals("", Probe.decodeErrors(file), "segment " + k);
            assertEquals(25, Probe.decodedFrames(file, "v"), "segment " + k);
            assertTrue(Probe.packets(file, "v").get(0).key(), "segment " + k + " starts with a key frame");
        }
    }

    @Test
    void compositionOffsetsOfBFramesSurvive() throws Exception {
        Path source = Clips.bFrames(dir, "bframes.mp4");
        try (var ch = FileChannel.open(source)) {
            var bytes = ByteSource.of(ch);
            Track video = MovieIndexer.index(bytes).tracks().get(0);
            Path file = write("bframes-cmaf.mp4", List.of(video), bytes, Segmenter.cuts(video, 1), false);
            assertEquals("", Probe.decodeErrors(file));
            assertEquals(50, Probe.decodedFrames(file, "v"));
            assertEquals(
                    Probe.packets(source, "v").stream()
                            .map(p -> List.of(p.pts(), p.dts()))
                            .toList(),
                    Probe.packets(file, "v").stream()
                            .map(p -> List.of(p.pts(), p.dts()))
                            .toList());
        }
    }
}
