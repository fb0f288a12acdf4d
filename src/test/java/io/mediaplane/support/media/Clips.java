package io.mediaplane.support.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Short clips made with FFmpeg's lavfi sources for the media tests: testsrc2 video with a key frame
 * forced every second, and a 1 kHz sine in AAC. Each call writes one file into {@code dir}.
 */
public final class Clips {
    private Clips() {}

    /** H.264 (libopenh264) 320x180 at 25 fps, plus AAC-LC 48 kHz stereo when {@code audio}; as MP4 or MPEG-TS by the name's extension. */
    public static Path h264Aac(Path dir, String name, int seconds, boolean audio) {
        List<String> args = new ArrayList<>(List.of("-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25"));
        if (audio) {
            args.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000"));
        }
        args.addAll(List.of(
                "-t",
                String.valueOf(seconds),
                "-pix_fmt",
                "yuv420p",
                "-c:v",
                "libopenh264",
                "-b:v",
                "300k",
                "-g",
                "25",
                "-force_key_frames",
                "expr:gte(t,n_forced*1)"));
        if (audio) {
            args.addAll(List.of("-c:a", "aac", "-b:a", "64k", "-ac", "2"));
        }
        args.add(name);
        Ffmpeg.ffmpeg(dir, 120, args.toArray(String[]::new));
        return dir.resolve(name);
    }

    /** MPEG-4 Part 2 video with two B-frames between references (so a {@code ctts} and a video edit list), 2 s, in MP4. */
    public static Path bFrames(Path dir, String name) {
        Ffmpeg.ffmpeg(
                dir,
                60,
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=320x180:rate=25",
                "-t",
                "2",
                "-c:v",
                "mpeg4",
                "-bf",
                "2",
                "-g",
                "12",
                name);
        return dir.resolve(name);
    }
}
