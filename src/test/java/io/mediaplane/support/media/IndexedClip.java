package io.mediaplane.support.media;

import io.mediaplane.media.index.ByteSource;
import io.mediaplane.media.index.Cuts;
import io.mediaplane.media.index.SampleIndex;
import io.mediaplane.media.index.Segmenter;
import io.mediaplane.media.index.TrackRun;
import io.mediaplane.media.mp4.MovieIndexer;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An MP4 clip opened for reading, with its sample index: what the packaging tests start from. */
public record IndexedClip(Path file, FileChannel channel, ByteSource source, SampleIndex index)
        implements AutoCloseable {

    public static IndexedClip open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file);
        ByteSource source = ByteSource.of(channel);
        return new IndexedClip(file, channel, source, MovieIndexer.index(source));
    }

    /** Segment {@code k}'s run of every track, the tracks cut at {@code cuts}. */
    public List<TrackRun> runs(Cuts cuts, int k) {
        return runs(index, source, cuts, k);
    }

    /** Segment {@code k}'s run of every track of an index whose samples are in {@code source}. */
    public static List<TrackRun> runs(SampleIndex index, ByteSource source, Cuts cuts, int k) {
        List<TrackRun> runs = new ArrayList<>();
        for (var track : index.tracks()) {
            int[] split = Segmenter.split(track, cuts);
            runs.add(new TrackRun(track, split[k], split[k + 1], source));
        }
        return runs;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
