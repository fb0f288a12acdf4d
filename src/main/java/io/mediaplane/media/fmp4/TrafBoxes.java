package io.mediaplane.media.fmp4;

import io.mediaplane.media.index.TrackRun;
import io.mediaplane.media.mp4.BoxWriter;
import java.io.IOException;

/**
 * What a variant of fragmented MP4 adds to each track fragment: Common Encryption changes the
 * sample bytes and adds {@code saiz}, {@code saio} and {@code senc}; Smooth Streaming drops
 * {@code tfdt} for its {@code tfxd}.
 */
public interface TrafBoxes {
    /** Sees run {@code index}'s sample bytes ({@code data} from {@code offset}) before the moof is written; may change them in place, keeping every size. */
    default void samples(int index, TrackRun run, byte[] data, int offset) throws IOException {}

    /** Whether each traf carries a {@code tfdt}. */
    default boolean tfdt() {
        return true;
    }

    /** Writes boxes at the end of run {@code index}'s traf; the moof began at {@code moofStart} in {@code w}. */
    void write(BoxWriter w, int index, TrackRun run, int moofStart);
}
