package io.mediaplane.media.mp4;

import io.mediaplane.media.index.ByteSource;
import io.mediaplane.media.index.SampleIndex;
import io.mediaplane.media.index.Track;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link SampleIndex} of a progressive (non-fragmented) MP4 from its {@code moov}: only
 * the box headers of the top level and the {@code moov} itself are read, never the media data.
 * Video and audio tracks are indexed; other tracks are left out.
 */
public final class MovieIndexer {
    /** A {@code moov} larger than this is refused (a two-hour movie's is a few megabytes). */
    public static final long MAX_MOOV = 256L << 20;

    private MovieIndexer() {}

    public static SampleIndex index(ByteSource source) throws IOException {
        long fileSize = source.size();
        BoxHeader moov = null;
        boolean fragments = false;
        for (BoxHeader h : BoxHeader.topLevel(source)) {
            switch (h.typeName()) {
                case "moov" -> moov = moov == null ? h : moov;
                case "moof" -> fragments = true;
                default -> {}
            }
        }
        if (moov == null) {
            throw new Mp4Exception("no 'moov' box: not an MP4 file, or one whose header is missing");
        }
        if (moov.payloadSize() > MAX_MOOV) {
            throw new Mp4Exception("'moov' of " + moov.payloadSize() + " bytes is larger than " + MAX_MOOV);
        }
        ByteBuffer payload = ByteBuffer.allocate((int) moov.payloadSize());
        source.readFully(payload, moov.payloadOffset());
        Box movie = new Box(FourCc.of("moov"), payload.flip());
        if (fragments || movie.child("mvex") != null) {
            throw new Mp4Exception("fragmented MP4 is not supported as a source: give a progressive MP4");
        }
        Box mvhd = movie.require("mvhd");
        long timescale = mvhd.u32(mvhd.version() == 1 ? 20 : 12);
        if (timescale == 0) {
            throw new Mp4Exception("movie timescale is 0");
        }
        List<Track> tracks = new ArrayList<>();
        for (Box trak : movie.children()) {
            if ("trak".equals(trak.typeName())) {
                Track t = TrackReader.read(trak, timescale, fileSize);
                if (t != null && t.samples().count() > 0) {
                    tracks.add(t);
                }
            }
        }
        if (tracks.isEmpty()) {
            throw new Mp4Exception("the MP4 has no video or audio track with samples");
        }
        return new SampleIndex(tracks);
    }
}
