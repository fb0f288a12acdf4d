package io.mediaplane.support.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestMediaTest {

    @Test
    void hlsIsASixSecondVodPlaylistOfThreeH264AndAacSegments() throws Exception {
        var hls = TestMedia.hls();
        assertEquals(List.of("index.m3u8", "segment000.ts", "segment001.ts", "segment002.ts"), hls.files());
        String playlist = Files.readString(hls.path(hls.playlist()));
        assertTrue(playlist.contains("#EXT-X-PLAYLIST-TYPE:VOD") && playlist.contains("#EXT-X-ENDLIST"), playlist);
        var probe = Ffmpeg.ffprobe(
                hls.dir(), 30, "-v", "error", "-show_entries", "stream=codec_name", "-of", "csv=p=0", "segment001.ts");
        assertEquals(
                List.of("h264", "aac"),
                probe.stdout().lines().filter(l -> !l.isBlank()).distinct().toList()); // streams listed per program too
    }
}
