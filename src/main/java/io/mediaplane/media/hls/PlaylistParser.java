package io.mediaplane.media.hls;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Line}s at LF or CRLF, keeping each terminator. */
final class PlaylistParser {
    private PlaylistParser() {}

    static Playlist parse(String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
        int n = text.length();
        int start = bom ? 1 : 0;
        List<Line> lines = new ArrayList<>(Math.max(16, n / 40));
        int number = 1;
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            boolean crlf = nl > start && text.charAt(nl - 1) == '\r';
            String eol = nl < 0 ? "" : crlf ? "\r\n" : "\n";
            lines.add(Line.read(text.substring(start, crlf ? end - 1 : end), eol, number++));
            start = nl < 0 ? n : nl + 1;
        }
        if (lines.isEmpty()) {
            throw new HlsException(1, "the playlist is empty; it must start with #EXTM3U");
        }
        if (!lines.get(0).text().strip().equals("#EXTM3U")) {
            throw new HlsException(1, "the first line must be #EXTM3U");
        }
        String eol = lines.get(0).eol().isEmpty() ? "\n" : lines.get(0).eol();
        return new Playlist(lines, eol, bom, n);
    }
}
