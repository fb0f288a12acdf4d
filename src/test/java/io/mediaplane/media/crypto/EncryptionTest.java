package io.mediaplane.media.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.fmp4.InitSegment;
import io.mediaplane.media.fmp4.MediaSegment;
import io.mediaplane.media.index.ByteSource;
import io.mediaplane.media.index.Cuts;
import io.mediaplane.media.index.SampleIndex;
import io.mediaplane.media.index.Segmenter;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.index.TrackRun;
import io.mediaplane.media.ts.TsSegmentWriter;
import io.mediaplane.support.media.Clips;
import io.mediaplane.support.media.Ffmpeg;
import io.mediaplane.support.media.IndexedClip;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted outputs that FFmpeg decrypts with the key back to the clear samples. */
class EncryptionTest {
    static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
    static final byte[] KID = HexFormat.of().parseHex("0123456789abcdef0123456789abcdef");
    static final byte[] WIDEVINE = HexFormat.of().parseHex("edef8ba979d64acea3c827dcd51d21ed");

    @TempDir
    static Path dir;

    static IndexedClip clip;
    static ByteSource source;
    static SampleIndex index;
    static Cuts cuts;

    @BeforeAll
    static void makeClip() throws Exception {
        clip = IndexedClip.open(Clips.h264Aac(dir, "av.mp4", 4, true));
        source = clip.source();
        index = clip.index();
        cuts = Segmenter.cuts(index.referenceTrack(), 2);
    }

    @AfterAll
    static void close() throws Exception {
        clip.close();
    }

    /** One track as CMAF, encrypted when {@code cenc} is given. */
    static Path cmaf(String name, Track track, Cenc cenc) throws Exception {
        var out = new ByteArrayOutputStream();
        Track init = cenc == null ? track : CencBoxes.protect(track, cenc);
        out.write(InitSegment.write(
                List.of(init),
                cenc == null ? List.of() : List.of(CencBoxes.pssh(WIDEVINE, List.of(KID), new byte[0]))));
        int[] split = Segmenter.split(track, cuts);
        for (int k = 0; k < cuts.segmentCount(); k++) {
            var run = List.of(new TrackRun(track, split[k], split[k + 1], source));
            out.write(MediaSegment.write(k + 1, run, false, true, cenc == null ? null : new CencFragments(cenc)));
        }
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    /** The MD5 of a stream's packets as FFmpeg demuxes them, decrypting with {@code key} when given. */
    static String packetsMd5(Path file, String stream, byte[] key) {
        var args = new java.util.ArrayList<String>();
        if (key != null) {
            args.addAll(List.of("-decryption_key", HexFormat.of().formatHex(key)));
        }
        args.addAll(List.of(
                "-v",
                "error",
                "-i",
                file.getFileName().toString(),
                "-map",
                "0:" + stream,
                "-c",
                "copy",
                "-f",
                "md5",
                "-"));
        return Ffmpeg.ffmpeg(dir, 60, args.toArray(String[]::new)).stdout().trim();
    }

    @Test
    void cencAndCbcsDecryptToTheClearSamples() throws Exception {
        for (String scheme : List.of(Cenc.CENC, Cenc.CBCS)) {
            byte[] iv = scheme.equals(Cenc.CENC)
                    ? HexFormat.of().parseHex("0001020304050607")
                    : HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
            Cenc cenc = new Cenc(scheme, KID, KEY, iv);
            for (Track track : index.tracks()) {
                String stream = track.isVideo() ? "v" : "a";
                Path clear = cmaf(scheme + "-clear-" + stream + ".mp4", track, null);
                Path secret = cmaf(scheme + "-" + stream + ".mp4", track, cenc);
                String what = scheme + " " + track.handler();
                assertEquals(packetsMd5(clear, stream, null), packetsMd5(secret, stream, KEY), what);
                assertNotEquals(
                        packetsMd5(clear, stream, null), packetsMd5(secret, stream, null), what + " is encrypted");
                if (track.isVideo()) {
                    String errors = Ffmpeg.ffmpeg(
                                    dir,
                                    60,
                                    "-decryption_key",
                                    HexFormat.of().formatHex(KEY),
                                    "-v",
                                    "error",
                                    "-i",
                                    secret.getFileName().toString(),
                                    "-f",
                                    "null",
                                    "-")
                            .stderr();
                    assertEquals("", errors.trim(), what);
                }
            }
        }
    }

    @Test
    void aes128SegmentsPlayThroughAnHlsPlaylist() throws Exception {
        var playlist = new StringBuilder(
                "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:" + cuts.targetDurationSeconds()
                        + "\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXT-X-KEY:METHOD=AES-128,URI=\"key.bin\"\n");
        Files.write(dir.resolve("key.bin"), KEY);
        int[] counters = new int[0];
        for (int k = 0; k < cuts.segmentCount(); k++) {
            var segment = TsSegmentWriter.write(clip.runs(cuts, k), counters);
            counters = segment.counters();
            byte[] encrypted = HlsAes128.encrypt(KEY, HlsAes128.sequenceIv(k), segment.bytes());
            assertEquals(0, encrypted.length % 16);
            assertTrue(java.util.Arrays.equals(
                    segment.bytes(), HlsAes128.decrypt(KEY, HlsAes128.sequenceIv(k), encrypted)));
            Files.write(dir.resolve("enc" + k + ".ts"), encrypted);
            playlist.append("#EXTINF:")
                    .append(cuts.durationSeconds(k))
                    .append(",\nenc")
                    .append(k)
                    .append(".ts\n");
        }
        playlist.append("#EXT-X-ENDLIST\n");
        Path m3u8 = dir.resolve("aes.m3u8");
        Files.writeString(m3u8, playlist);
        // FFmpeg's HLS demuxer opens a key file named .bin only with allowed_extensions ALL
        var decode = Ffmpeg.ffmpeg(
                dir, 60, "-allowed_extensions", "ALL", "-v", "error", "-i", "aes.m3u8", "-f", "null", "-");
        assertEquals("", decode.stderr().trim());
        var frames = Ffmpeg.ffprobe(
                dir,
                60,
                "-allowed_extensions",
                "ALL",
                "-v",
                "error",
                "-count_frames",
                "-select_streams",
                "v",
                "-show_entries",
                "stream=nb_read_frames",
                "-of",
                "csv=p=0",
                "aes.m3u8");
        assertEquals(
                "100",
                frames.stdout()
                        .lines()
                        .filter(l -> !l.isBlank())
                        .findFirst()
                        .orElse("")
                        .trim());
    }
}
