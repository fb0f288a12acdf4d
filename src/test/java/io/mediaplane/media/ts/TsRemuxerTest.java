package io.mediaplane.media.ts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.codec.NalUnits;
import io.mediaplane.media.fmp4.InitSegment;
import io.mediaplane.media.fmp4.MediaSegment;
import io.mediaplane.media.index.ByteSource;
import io.mediaplane.media.index.SampleIndex;
import io.mediaplane.media.index.Segmenter;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.index.TrackRun;
import io.mediaplane.media.mp4.MovieIndexer;
import io.mediaplane.support.media.Clips;
import io.mediaplane.support.media.Ffmpeg;
import io.mediaplane.support.media.IndexedClip;
import io.mediaplane.support.media.Probe;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TS sources remuxed into a sample store, checked against ffprobe and packaged again. */
class TsRemuxerTest {
    @TempDir
    static Path dir;

    static Path ts;

    @BeforeAll
    static void makeClip() {
        ts = Clips.h264Aac(dir, "av.ts", 4, true);
    }

    /** The remuxed store's bytes and its index. */
    record Stored(byte[] store, SampleIndex index) {
        ByteSource source() {
            return ByteSource.of(store);
        }
    }

    static Stored remux(Path... files) throws Exception {
        var store = new ByteArrayOutputStream();
        var remuxer = new TsRemuxer(Channels.newChannel(store));
        for (Path f : files) {
            try (var in = FileChannel.open(f)) {
                remuxer.feed(in);
            }
        }
        SampleIndex index = remuxer.finish();
        return new Stored(store.toByteArray(), index);
    }

    @Test
    void indexesFfmpegsTsLikeFfprobeDemuxesIt() throws Exception {
        SampleIndex index = remux(ts).index();
        Track video = index.firstVideo().orElseThrow();
        Track audio = index.firstAudio().orElseThrow();
        assertEquals(320, video.format().width());
        assertEquals(180, video.format().height());
        assertTrue(
                video.format().codecs().startsWith("avc1.42c0"), video.format().codecs());
        assertEquals("mp4a.40.2", audio.format().codecs());
        assertEquals(48000, audio.format().sampleRate());
        assertEquals(2, audio.format().channels());
        List<Probe.Packet> vp = Probe.packets(ts, "v");
        List<Probe.Packet> ap = Probe.packets(ts, "a");
        assertEquals(vp.size(), video.samples().count());
        assertEquals(ap.size(), audio.samples().count());
        assertEquals(4, video.samples().syncSamples().length);
        long zero = Math.min(
                vp.stream().mapToLong(Probe.Packet::pts).min().orElseThrow(),
                ap.get(0).pts());
        for (int i = 0; i < vp.size(); i++) {
            assertEquals(vp.get(i).pts() - zero, video.presentationTime(i), "video sample " + i);
            assertEquals(vp.get(i).key(), video.samples().isSync(i), "video sample " + i);
        }
        for (int i = 0; i < ap.size(); i++) {
            long pts90 = Segmenter.rescale(audio.presentationTime(i), 48000, 90000);
            assertEquals(ap.get(i).pts() - zero, pts90, 2, "audio sample " + i);
        }
    }

    @Test
    void theStorePackagesToCmafAndTsThatDecode() throws Exception {
        Stored stored = remux(ts);
        SampleIndex index = stored.index();
        var cuts = Segmenter.cuts(index.referenceTrack(), 2);
        var cmaf = new ByteArrayOutputStream();
        var hls = new ByteArrayOutputStream();
        cmaf.write(InitSegment.write(index.tracks()));
        int[] counters = new int[0];
        for (int k = 0; k < cuts.segmentCount(); k++) {
            List<TrackRun> runs = IndexedClip.runs(index, stored.source(), cuts, k);
            cmaf.write(MediaSegment.write(k + 1, runs, false));
            var segment = TsSegmentWriter.write(runs, counters);
            counters = segment.counters();
            hls.write(segment.bytes());
        }
        Path mp4 = dir.resolve("from-ts.mp4");
        Path out = dir.resolve("from-ts.ts");
        Files.write(mp4, cmaf.toByteArray());
        Files.write(out, hls.toByteArray());
        for (Path f : List.of(mp4, out)) {
            assertEquals("", Probe.decodeErrors(f), f.toString());
            assertEquals(100, Probe.decodedFrames(f, "v"), f.toString());
            assertEquals(Probe.packets(ts, "a").size(), Probe.decodedFrames(f, "a"), f.toString());
        }
    }

    @Test
    void hlsSegmentsFedInOrderIndexLikeTheWholeStream() throws Exception {
        Path hlsDir = Files.createDirectories(dir.resolve("hls"));
        Ffmpeg.ffmpeg(
                hlsDir,
                60,
                "-i",
                ts.toString(),
                "-c",
                "copy",
                "-f",
                "hls",
                "-hls_time",
                "1",
                "-hls_playlist_type",
                "vod",
                "-hls_segment_filename",
                "s%02d.ts",
                "index.m3u8");
        Path[] segments;
        try (Stream<Path> files = Files.list(hlsDir)) {
            segments = files.filter(p -> p.toString().endsWith(".ts")).sorted().toArray(Path[]::new);
        }
        assertTrue(segments.length >= 3, Arrays.toString(segments));
        Stored whole = remux(ts);
        Stored pieces = remux(segments);
        // the same samples; only their order in the store follows each stream's interleaving
        assertEquals(2, pieces.index().tracks().size());
        for (int t = 0; t < 2; t++) {
            var a = whole.index().tracks().get(t);
            var b = pieces.index().tracks().get(t);
            assertEquals(a.format(), b.format(), "format " + t);
            for (int i = 0; i < a.samples().count(); i++) {
                assertEquals(a.samples().decodeTime(i), b.samples().decodeTime(i), "dts " + t + " " + i);
                assertEquals(a.samples().size(i), b.samples().size(i), "size " + t + " " + i);
                assertEquals(a.presentationTime(i), b.presentationTime(i), "pt " + t + " " + i);
                assertArrayEquals(
                        whole.source().read(a.samples().offset(i), a.samples().size(i)),
                        pieces.source().read(b.samples().offset(i), b.samples().size(i)),
                        "bytes " + t + " " + i);
            }
        }
    }

    @Test
    void ourOwnSegmentsGiveBackTheMp4Samples() throws Exception {
        Path mp4 = Clips.h264Aac(dir, "av.mp4", 2, true);
        try (var ch = FileChannel.open(mp4)) {
            var source = ByteSource.of(ch);
            SampleIndex original = MovieIndexer.index(source);
            List<TrackRun> runs = original.tracks().stream()
                    .map(t -> new TrackRun(t, 0, t.samples().count(), source))
                    .toList();
            Path out = dir.resolve("ours.ts");
            Files.write(out, TsSegmentWriter.write(runs));
            Stored back = remux(out);
            for (int t = 0; t < 2; t++) {
                Track a = original.tracks().get(t);
                Track b = back.index().tracks().get(t);
                assertEquals(a.samples().count(), b.samples().count());
                assertEquals(a.format().codecs(), b.format().codecs());
                for (int i = 0; i < a.samples().count(); i++) {
                    byte[] x = source.read(a.samples().offset(i), a.samples().size(i));
                    byte[] y = back.source()
                            .read(b.samples().offset(i), b.samples().size(i));
                    if (a.isVideo()) {
                        x = withoutParameterSets(x);
                    }
                    assertArrayEquals(x, y, a.handler() + " sample " + i);
                    assertEquals(
                            Segmenter.rescale(a.presentationTime(i), a.timescale(), 90_000),
                            Segmenter.rescale(b.presentationTime(i), b.timescale(), 90_000)
                                    - Segmenter.rescale(b.presentationTime(0), b.timescale(), 90_000)
                                    + Segmenter.rescale(a.presentationTime(0), a.timescale(), 90_000),
                            2);
                }
            }
        }
    }

    @Test
    void garbageAndTruncatedStreamsAreRefused() throws Exception {
        byte[] noise = new byte[188 * 20];
        new java.util.Random(3).nextBytes(noise);
        noise[0] = 0x47;
        var e = assertThrows(TsException.class, () -> {
            var r = new TsRemuxer(Channels.newChannel(new ByteArrayOutputStream()));
            r.feed(noise, 0, noise.length);
            r.finish();
        });
        assertTrue(e.getMessage().contains("MPEG-TS"), e.getMessage());
        byte[] whole = Files.readAllBytes(ts);
        var cut = assertThrows(TsException.class, () -> {
            var r = new TsRemuxer(Channels.newChannel(new ByteArrayOutputStream()));
            r.feed(whole, 0, whole.length - 100);
            r.finish();
        });
        assertTrue(cut.getMessage().contains("truncated"), cut.getMessage());
        var empty = assertThrows(
                TsException.class, () -> new TsRemuxer(Channels.newChannel(new ByteArrayOutputStream())).finish());
        assertTrue(empty.getMessage().contains("no MPEG-TS"), empty.getMessage());
    }

    /** An MP4 sample's NAL units without SPS, PPS and delimiters, as the remuxer stores them. */
    static byte[] withoutParameterSets(byte[] sample) throws Exception {
        var out = new ByteArrayOutputStream();
        for (int[] u : NalUnits.lengthPrefixed(sample, 0, sample.length, 4)) {
            int type = NalUnits.avcType(sample[u[0]]);
            if (type != NalUnits.AVC_SPS && type != NalUnits.AVC_PPS && type != NalUnits.AVC_AUD) {
                NalUnits.writeLengthPrefixed(out, sample, u[0], u[1]);
            }
        }
        return out.toByteArray();
    }
}
