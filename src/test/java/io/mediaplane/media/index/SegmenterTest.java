package io.mediaplane.media.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SegmenterTest {

    @Test
    void segmentsAreTheWholeNumberOfGopsNearestTheRequest() throws Exception {
        Track video = TestTracks.video(250, 0, 50, 100, 150, 200); // 10 s, a key frame every 2 s
        assertArrayEquals(
                new long[] {0, 50, 100, 150, 200, 250}, Segmenter.cuts(video, 2).times());
        assertArrayEquals(
                new long[] {0, 50, 100, 150, 200, 250},
                Segmenter.cuts(video, 2.9).times());
        assertArrayEquals(
                new long[] {0, 100, 200, 250}, Segmenter.cuts(video, 3.1).times());
        assertArrayEquals(
                new long[] {0, 50, 100, 150, 200, 250},
                Segmenter.cuts(video, 0.5).times(),
                "never shorter than a GOP");
        assertArrayEquals(new long[] {0, 250}, Segmenter.cuts(video, 60).times());
        assertEquals(4, Segmenter.cuts(video, 3.1).targetDurationSeconds());
    }

    @Test
    void irregularGopsSnapToTheNearestKeyFrame() throws Exception {
        Track video = TestTracks.video(200, 0, 30, 60, 110, 140, 190);
        // 6 s requested from each cut: 150 frames after 0 is nearest 140; after 140 the end comes first
        assertArrayEquals(new long[] {0, 140, 200}, Segmenter.cuts(video, 6).times());
        assertArrayEquals(
                new long[] {0, 60, 110, 140, 190, 200}, Segmenter.cuts(video, 2).times());
    }

    @Test
    void audioIsCutAtTheSampleNearestEachVideoCut() throws Exception {
        Track video = TestTracks.video(250, 0, 50, 100, 150, 200);
        Track audio = TestTracks.audio(471); // 10.04 s
        Cuts cuts = Segmenter.cuts(video, 4);
        assertArrayEquals(new long[] {0, 100, 200, 250}, cuts.times());
        int[] first = Segmenter.split(audio, cuts);
        assertEquals(4, first.length);
        assertEquals(0, first[0]);
        assertEquals(471, first[3]);
        for (int k = 1; k < 3; k++) {
            double cut = cuts.startSeconds(k);
            double start = audio.presentationTime(first[k]) / 48000.0;
            assertEquals(cut, start, 1024 / 48000.0 / 2, "segment " + k);
        }
        assertArrayEquals(new int[] {0, 100, 200, 250}, Segmenter.split(video, cuts));
    }

    @Test
    void durationMustBePositive() throws Exception {
        Track video = TestTracks.video(10, 0);
        assertThrows(IllegalArgumentException.class, () -> Segmenter.cuts(video, 0));
        assertThrows(IllegalArgumentException.class, () -> Segmenter.cuts(video, Double.NaN));
    }
}
