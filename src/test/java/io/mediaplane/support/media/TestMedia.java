package io.mediaplane.support.media;

import io.mediaplane.support.TempPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Media the tests make with FFmpeg's lavfi sources, made once per JVM and shared (read-only: copy
 * before changing anything).
 */
public final class TestMedia {
    private TestMedia() {}

    /**
     * A 6 s VOD HLS stream: testsrc2 640x360 25 fps in H.264 (libopenh264, a key frame every 2 s)
     * and a 1 kHz sine in AAC, muxed to MPEG-TS segments of 2 s.
     *
     * @param dir where the files are
     * @param playlist the media playlist's file name
     * @param files every file name, the playlist first, then the segments in order
     */
    public record Hls(Path dir, String playlist, List<String> files) {
        public Path path(String name) {
            return dir.resolve(name);
        }
    }

    private static final class HlsHolder {
        static final Hls HLS = makeHls();
    }

    public static Hls hls() {
        return HlsHolder.HLS;
    }

    /** The Content-Type a media origin should answer for this file name. */
    public static String contentType(String name) {
        if (name.endsWith(".m3u8")) {
            return "application/vnd.apple.mpegurl";
        } else if (name.endsWith(".ts")) {
            return "video/mp2t";
        } else if (name.endsWith(".mp4") || name.endsWith(".m4s")) {
            return "video/mp4";
        }
        return "application/octet-stream";
    }

    private static Hls makeHls() {
        try {
            Path dir = TempPaths.directory("mediaplane-hls");
            Ffmpeg.ffmpeg(
                    dir,
                    600, // a bound, generous for a busy machine
                    "-f",
                    "lavfi",
                    "-i",
                    "testsrc2=size=640x360:rate=25",
                    "-f",
                    "lavfi",
                    "-i",
                    "sine=frequency=1000:sample_rate=48000",
                    "-t",
                    "6",
                    "-pix_fmt",
                    "yuv420p",
                    "-c:v",
                    "libopenh264",
                    "-b:v",
                    "800k",
                    "-g",
                    "50",
                    "-force_key_frames",
                    "expr:gte(t,n_forced*2)",
                    "-c:a",
                    "aac",
                    "-b:a",
                    "96k",
                    "-ac",
                    "2",
                    "-f",
                    "hls",
                    "-hls_time",
                    "2",
                    "-hls_playlist_type",
                    "vod",
                    "-hls_segment_filename",
                    "segment%03d.ts",
                    "index.m3u8");
            List<String> segments;
            try (Stream<Path> listing = Files.list(dir)) {
                segments = listing.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".ts"))
                        .sorted()
                        .toList();
            }
            if (segments.isEmpty()) {
                throw new IllegalStateException("ffmpeg wrote no segments in " + dir);
            }
            return new Hls(
                    dir,
                    "index.m3u8",
                    Stream.concat(Stream.of("index.m3u8"), segments.stream()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
