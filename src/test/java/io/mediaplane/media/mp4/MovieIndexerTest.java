package io.mediaplane.media.mp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.codec.AvcConfig;
import io.mediaplane.media.codec.NalUnits;
import io.mediaplane.media.index.ByteSource;
import io.mediaplane.media.index.SampleIndex;
import io.mediaplane.media.index.Track;
import io.mediaplane.support.media.Clips;
import io.mediaplane.support.media.Ffmpeg;
import io.mediaplane.support.media.Probe;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of FFmpeg-made MP4s, sample by sample against what ffprobe demuxes. */
class MovieIndexerTest {
    @TempDir
    static Path dir;

    static Path av;
    static Path bFrames;

    @BeforeAll
    static void makeClips() {
        av = Clips.h264Aac(dir, "av.mp4", 4, true);
        bFrames = Clips.bFrames(dir, "bframes.mp4");
    }

    static SampleIndex index(Path file) throws Exception {
        try (var ch = FileChannel.open(file)) {
            return MovieIndexer.index(ByteSource.of(ch));
        }
    }

    @Test
    void describesTheH264AndAacTracks() throws Exception {
        SampleIndex index = index(av);
        assertEquals(2, index.tracks().size());
        Track video = index.firstVideo().orElseThrow();
        Track audio = index.firstAudio().orElseThrow();
        assertEquals("1/" + video.timescale(), Probe.stream(av, "v", "time_base"));
        assertEquals(320, video.format().width());
        assertEquals(180, video.format().height());
        assertEquals("avc1", video.format().sampleEntryType());
        int level = Integer.parseInt(Probe.stream(av, "v", "level"));
        assertEquals(String.format("avc1.42c0%02x", level), video.format().codecs(), "Constrained Baseline");
        AvcConfig avcC = AvcConfig.parse(video.format().decoderConfig());
        assertEquals(4, avcC.lengthSize());
        assertEquals(320, avcC.sps().width());
        assertEquals(180, avcC.sps().height());
        assertEquals("mp4a.40.2", audio.format().codecs());
        assertEquals(48000, audio.format().sampleRate());
        assertEquals(2, audio.format().channels());
        assertEquals(48000, audio.timescale());
        assertEquals(1024, audio.mediaTime(), "the AAC encoder delay is the edit list's media time");
        assertEquals(4.0, video.durationSeconds(), 1e-9);
        assertEquals(
                Double.parseDouble(Probe.stream(av, "a", "duration")), audio.durationSeconds() - 1024 / 48000.0, 0.001);
        long probedRate = Long.parseLong(Probe.stream(av, "v", "bit_rate"));
        assertEquals(probedRate, video.averageBitrate(), probedRate * 0.01);
        assertTrue(video.peakBitrate(1.0) >= video.averageBitrate());
    }

    @Test
    void everySampleMatchesFfprobesPackets() throws Exception {
        SampleIndex index = index(av);
        assertSamplesMatch(index.firstVideo().orElseThrow(), Probe.packets(av, "v"));
        assertSamplesMatch(index.firstAudio().orElseThrow(), Probe.packets(av, "a"));
        Track video = index.firstVideo().orElseThrow();
        assertEquals(4, video.samples().syncSamples().length, "a key frame forced every second");
    }

    @Test
    void compositionOffsetsAndTheVideoEditListOfBFrames() throws Exception {
        Track video = index(bFrames).tracks().get(0);
        assertTrue(video.samples().hasCompositionOffsets());
        assertTrue(video.mediaTime() > 0, "FFmpeg shifts B-frame delay out with an edit list");
        List<Probe.Packet> packets = Probe.packets(bFrames, "v");
        assertSamplesMatch(video, packets);
        assertEquals(0, video.presentationTime(0), "the first frame is shown at 0");
        assertFalse(Arrays.equals(
                packets.stream().mapToLong(Probe.Packet::pts).toArray(),
                packets.stream().mapToLong(Probe.Packet::dts).toArray()));
    }

    @Test
    void sampleBytesAreReadByOffsetAndSize() throws Exception {
        Track video = index(av).firstVideo().orElseThrow();
        int lengthSize = AvcConfig.parse(video.format().decoderConfig()).lengthSize();
        try (var ch = FileChannel.open(av)) {
            var source = ByteSource.of(ch);
            for (int i = 0; i < video.samples().count(); i++) {
                byte[] sample =
                        source.read(video.samples().offset(i), video.samples().size(i));
                var nals = NalUnits.lengthPrefixed(sample, 0, sample.length, lengthSize);
                boolean idr = nals.stream().anyMatch(n -> NalUnits.avcType(sample[n[0]]) == NalUnits.AVC_IDR);
                assertEquals(video.samples().isSync(i), idr, "sample " + i);
            }
        }
    }

    @Test
    void truncatedFilesAreRefusedWithAReason() throws Exception {
        byte[] whole = Files.readAllBytes(av);
        var moovLost = assertThrows(
                Mp4Exception.class, () -> MovieIndexer.index(ByteSource.of(Arrays.copyOf(whole, whole.length / 2))));
        assertTrue(moovLost.getMessage().contains("truncated"), moovLost.getMessage());
        Path fastStart = dir.resolve("faststart.mp4");
        Ffmpeg.ffmpeg(dir, 60, "-i", "av.mp4", "-c", "copy", "-movflags", "+faststart", "faststart.mp4");
        byte[] fast = Files.readAllBytes(fastStart);
        var dataLost = assertThrows(
                Mp4Exception.class, () -> MovieIndexer.index(ByteSource.of(Arrays.copyOf(fast, fast.length - 1000))));
        assertTrue(dataLost.getMessage().contains("truncated"), dataLost.getMessage());
    }

    @Test
    void fragmentedMp4IsRefused() throws Exception {
        Ffmpeg.ffmpeg(dir, 60, "-i", "av.mp4", "-c", "copy", "-movflags", "frag_keyframe+empty_moov", "frag.mp4");
        var e = assertThrows(Mp4Exception.class, () -> index(dir.resolve("frag.mp4")));
        assertTrue(e.getMessage().startsWith("fragmented MP4"), e.getMessage());
    }

    /** ffprobe's dts and pts are the edit-shifted decode and presentation times. */
    static void assertSamplesMatch(Track track, List<Probe.Packet> packets) {
        var s = track.samples();
        assertEquals(packets.size(), s.count());
        long shift = track.emptyEdit() - track.mediaTime();
        for (int i = 0; i < s.count(); i++) {
            Probe.Packet p = packets.get(i);
            String at = track.handler() + " sample " + i;
            assertEquals(p.dts(), s.decodeTime(i) + shift, at);
            assertEquals(p.pts(), track.presentationTime(i), at);
            assertEquals(p.size(), s.size(i), at);
            assertEquals(p.pos(), s.offset(i), at);
            assertEquals(p.key(), s.isSync(i), at);
            assertEquals(p.duration(), s.duration(i), at);
        }
        assertArrayEquals(
                packets.stream().mapToInt(Probe.Packet::size).toArray(),
                java.util.stream.IntStream.range(0, s.count()).map(s::size).toArray());
    }
}
