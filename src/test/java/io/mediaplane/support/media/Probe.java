package io.mediaplane.support.media;

import java.nio.file.Path;
import java.util.List;

/** What ffprobe and ffmpeg say about a file, for assertions. */
public final class Probe {
    private Probe() {}

    /**
     * One demuxed packet as ffprobe shows it, times in the stream's time base.
     *
     * @param pos byte position in the file, -1 when unknown
     */
    public record Packet(String type, int stream, long pts, long dts, long duration, int size, long pos, boolean key) {}

    /** The packets of the streams {@code selector} picks ({@code v}, {@code a}, {@code v:0}), in file order. */
    public static List<Packet> packets(Path file, String selector) {
        var r = Ffmpeg.ffprobe(
                file.getParent(),
                60,
                "-v",
                "error",
                "-select_streams",
                selector,
                "-show_entries",
                "packet=codec_type,stream_index,pts,dts,duration,size,pos,flags",
                "-of",
                "csv=p=0",
                file.getFileName().toString());
        return r.stdout().lines().filter(l -> !l.isBlank()).map(Probe::packet).toList();
    }

    private static Packet packet(String line) {
        String[] f = line.split(",");
        return new Packet(
                f[0],
                Integer.parseInt(f[1]),
                num(f[2]),
                num(f[3]),
                num(f[4]),
                (int) num(f[5]),
                num(f[6]),
                f[7].startsWith("K"));
    }

    private static long num(String s) {
        return s.equals("N/A") ? -1 : Long.parseLong(s);
    }

    /** One {@code -show_entries stream=...} value of the first stream {@code selector} picks. */
    public static String stream(Path file, String selector, String entry) {
        return Ffmpeg.ffprobe(
                        file.getParent(),
                        60,
                        "-v",
                        "error",
                        "-select_streams",
                        selector,
                        "-show_entries",
                        "stream=" + entry,
                        "-of",
                        "csv=p=0",
                        file.getFileName().toString())
                .stdout()
                .lines()
                .filter(l -> !l.isBlank())
                .findFirst()
                .orElse("")
                .trim();
    }

    /** Frames decoded from the first stream {@code selector} picks. */
    public static int decodedFrames(Path file, String selector) {
        String out = Ffmpeg.ffprobe(
                        file.getParent(),
                        120,
                        "-v",
                        "error",
                        "-count_frames",
                        "-select_streams",
                        selector,
                        "-show_entries",
                        "stream=nb_read_frames",
                        "-of",
                        "csv=p=0",
                        file.getFileName().toString())
                .stdout();
        return Integer.parseInt(
                out.lines().filter(l -> !l.isBlank()).findFirst().orElse("0").trim());
    }

    /** What ffmpeg prints at level error while decoding the whole file (empty when it decodes cleanly). */
    public static String decodeErrors(Path file) {
        return Ffmpeg.ffmpeg(
                        file.getParent(),
                        120,
                        "-v",
                        "error",
                        "-i",
                        file.getFileName().toString(),
                        "-f",
                        "null",
                        "-")
                .stderr()
                .trim();
    }
}
