package io.mediaplane.media.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleIndexCodecTest {

    @Test
    void storedIndexLoadsBackEqual() throws Exception {
        long[] dts = {0, 512, 1024, 1536};
        var samples = Samples.of(
                dts,
                2048,
                new int[] {1024, 0, -512, 512},
                new int[] {9, 8, 7, 6},
                new long[] {40, 49, 57, 64},
                new int[] {0, 2});
        var format =
                new MediaFormat("avc1", "avc1.64001f", 1280, 720, 0, 0, "eng", new byte[] {1, 2}, new byte[] {3, 4, 5});
        var index = new SampleIndex(
                List.of(new Track(1, Track.VIDEO, 12800, 1024, 0, format, samples), TestTracks.audio(100)));
        byte[] stored = index.toBytes();
        SampleIndex loaded = SampleIndex.fromBytes(stored);
        assertEquals(index, loaded);
        assertEquals(-512, loaded.tracks().get(0).samples().compositionOffset(2));
        assertTrue(loaded.tracks().get(1).samples().allSync());
        assertTrue(stored.length < 400 + 104 * 24, "about 24 bytes a sample: " + stored.length);
    }

    @Test
    void truncatedOrForeignBytesAreRefused() throws Exception {
        byte[] stored = new SampleIndex(List.of(TestTracks.video(50, 0, 25), TestTracks.audio(80))).toBytes();
        for (int cut : new int[] {0, 3, 8, 20, stored.length / 2, stored.length - 1}) {
            assertThrows(
                    IndexException.class, () -> SampleIndex.fromBytes(Arrays.copyOf(stored, cut)), "cut at " + cut);
        }
        assertThrows(IndexException.class, () -> SampleIndex.fromBytes(Arrays.copyOf(stored, stored.length + 1)));
        byte[] foreign = stored.clone();
        foreign[0] = 'X';
        assertThrows(IndexException.class, () -> SampleIndex.fromBytes(foreign));
    }

    @Test
    void inconsistentTablesAreRefused() {
        assertThrows(
                IndexException.class, () -> Samples.of(new long[] {0, 2, 1}, 3, null, new int[3], new long[3], null));
        assertThrows(IndexException.class, () -> Samples.of(new long[] {0, 1}, 2, null, new int[3], new long[2], null));
        assertThrows(
                IndexException.class,
                () -> Samples.of(new long[] {0, 1}, 2, null, new int[2], new long[2], new int[] {1, 0}));
    }
}
