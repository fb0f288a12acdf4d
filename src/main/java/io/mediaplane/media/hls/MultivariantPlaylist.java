package io.mediaplane.media.hls;

import java.util.ArrayList;
import java.util.List;

/**
 * A multivariant playlist: its lines, plus typed views of the variants (EXT-X-STREAM-INF and the
 * URI after it), the I-frame streams and the renditions (EXT-X-MEDIA). Personalization rewrites
 * URIs with {@link Playlist#mapUris}; every other line stays as it is.
 */
public final class MultivariantPlaylist {
    private final Playlist playlist;
    private final List<Variant> variants;
    private final List<StreamInf> iFrameStreams;
    private final List<Rendition> renditions;

    private MultivariantPlaylist(
            Playlist playlist, List<Variant> variants, List<StreamInf> iFrameStreams, List<Rendition> renditions) {
        this.playlist = playlist;
        this.variants = variants;
        this.iFrameStreams = iFrameStreams;
        this.renditions = renditions;
    }

    public static MultivariantPlaylist parse(String text) {
        return of(Playlist.parse(text));
    }

    public static MultivariantPlaylist of(Playlist playlist) {
        List<Line> lines = playlist.lines();
        List<Variant> variants = new ArrayList<>();
        List<StreamInf> iFrames = new ArrayList<>();
        List<Rendition> renditions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isUri()) {
                throw new HlsException(
                        l.number(), "URI without #EXT-X-STREAM-INF in a multivariant playlist: " + l.text());
            }
            if (!l.isTag()) {
                continue;
            }
            switch (l.name()) {
                case Tags.STREAM_INF -> {
                    StreamInf info = StreamInf.of(l);
                    int u = i + 1;
                    while (u < lines.size()
                            && !lines.get(u).isUri()
                            && !lines.get(u).isTag()) {
                        u++;
                    }
                    if (u == lines.size() || !lines.get(u).isUri()) {
                        throw new HlsException(l.number(), "#EXT-X-STREAM-INF is not followed by a URI");
                    }
                    variants.add(new Variant(l, info, lines.get(u)));
                    i = u;
                }
                case Tags.I_FRAME_STREAM_INF -> iFrames.add(StreamInf.of(l));
                case Tags.MEDIA -> renditions.add(Rendition.of(l));
                case Tags.EXTINF, Tags.TARGETDURATION, Tags.MEDIA_SEQUENCE ->
                    throw new HlsException(
                            l.number(), "#" + l.name() + " belongs in a media playlist, not a multivariant playlist");
                default -> {}
            }
        }
        if (variants.isEmpty() && iFrames.isEmpty()) {
            throw new HlsException("a multivariant playlist needs at least one #EXT-X-STREAM-INF");
        }
        return new MultivariantPlaylist(playlist, List.copyOf(variants), List.copyOf(iFrames), List.copyOf(renditions));
    }

    public Playlist playlist() {
        return playlist;
    }

    public List<Variant> variants() {
        return variants;
    }

    public List<StreamInf> iFrameStreams() {
        return iFrameStreams;
    }

    public List<Rendition> renditions() {
        return renditions;
    }

    @Override
    public String toString() {
        return playlist.toString();
    }
}
