package io.mediaplane.media.ts;

import io.mediaplane.media.index.SampleIndex;
import io.mediaplane.media.index.Track;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Remuxes an MPEG-TS source (one file, or an HLS rendition's segments fed in order) once, at
 * ingest, into a sample store: each H.264 access unit and AAC frame is written to the store as
 * an MP4 sample would be, and {@link #finish()} returns the {@link SampleIndex} whose offsets
 * point into the store. The packager then serves TS sources exactly like MP4 ones.
 *
 * <p>Times are moved so that the earliest presentation time of any track is 0; each track's own
 * start is kept in its edit, so audio and video stay aligned.
 */
public final class TsRemuxer {
    private final SampleStore store;
    private final List<TrackCollector> collectors = new ArrayList<>();
    private final TrackCollector[] byPid = new TrackCollector[8192];
    private final TsDemuxer demuxer;

    /** @param store where sample bytes go; the index's offsets count from its first byte written here */
    public TsRemuxer(WritableByteChannel store) {
        this.store = new SampleStore(store);
        this.demuxer = new TsDemuxer(new TsDemuxer.Listener() {
            @Override
            public void onStream(int pid, int streamType) throws IOException {
                TrackCollector c = switch (streamType) {
                    case StreamType.H264 -> new AvcCollector(pid, TsRemuxer.this.store);
                    case StreamType.AAC_ADTS -> new AacCollector(pid, TsRemuxer.this.store);
                    default -> null; // HEVC in TS is recognised but not indexed
                };
                if (c != null) {
                    byPid[pid] = c;
                    collectors.add(c);
                }
            }

            @Override
            public void onPes(int pid, long pts, long dts, byte[] payload) throws IOException {
                if (byPid[pid] != null) {
                    byPid[pid].pes(pts, dts, payload);
                }
            }
        });
    }

    /** Feeds the next bytes of the transport stream. */
    public void feed(byte[] b, int off, int len) throws IOException {
        demuxer.feed(b, off, len);
    }

    /** Feeds a whole channel (one file or segment), to its end. */
    public void feed(ReadableByteChannel in) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(188 * 1024);
        while (in.read(buf) >= 0) {
            buf.flip();
            feed(buf.array(), 0, buf.limit());
            buf.clear();
        }
    }

    /** Ends the stream and returns the index of what was stored. */
    public SampleIndex finish() throws IOException {
        demuxer.finish();
        List<TrackCollector> found = new ArrayList<>();
        for (TrackCollector c : collectors) {
            c.finish();
            if (c.samples.count() > 0) {
                found.add(c);
            }
        }
        if (found.isEmpty()) {
            throw new TsException("the transport stream has no H.264 video or AAC audio to index");
        }
        long zero = found.stream().mapToLong(c -> c.firstPts90).min().orElseThrow();
        List<Track> tracks = new ArrayList<>();
        for (TrackCollector c : found) {
            tracks.add(c.build(zero));
        }
        return new SampleIndex(tracks);
    }
}
