package io.mediaplane.support.media;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegTest {

    @Test
    void makesAnMpegTsClipThatFfprobeReads(@TempDir Path dir) {
        Ffmpeg.ffmpeg(
                dir,
                60,
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=320x180:rate=25",
                "-t",
                "1",
                "-c:v",
                "libopenh264",
                "-f",
                "mpegts",
                "clip.ts");
        var probe = Ffmpeg.ffprobe(
                dir, 30, "-v", "error", "-show_entries", "stream=codec_name", "-of", "csv=p=0", "clip.ts");
        assertTrue(probe.stdout().contains("h264"), probe.stdout());
    }
}
