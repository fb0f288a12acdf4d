package io.mediaplane.support.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Loader;

/**
 * The ffmpeg and ffprobe executables shipped in the bytedeco jars (FFmpeg 7.1, LGPL build), run as
 * child processes. Nothing is installed on the system: the loader extracts them on first use.
 */
public final class Ffmpeg {

    private Ffmpeg() {}

    public static Path ffmpeg() {
        return Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
    }

    public static Path ffprobe() {
        return Path.of(Loader.load(org.bytedeco.ffmpeg.ffprobe.class));
    }

    /** Runs ffmpeg with {@code -hide_banner -nostdin -y} and the given arguments; fails on a non-zero exit. */
    public static Result ffmpeg(Path workDir, long timeoutSeconds, String... args) {
        List<String> command = new ArrayList<>(List.of(ffmpeg().toString(), "-hide_banner", "-nostdin", "-y"));
        command.addAll(List.of(args));
        return run(workDir, timeoutSeconds, command);
    }

    /** Runs ffprobe with {@code -hide_banner} and the given arguments; fails on a non-zero exit. */
    public static Result ffprobe(Path workDir, long timeoutSeconds, String... args) {
        List<String> command = new ArrayList<>(List.of(ffprobe().toString(), "-hide_banner"));
        command.addAll(List.of(args));
        return run(workDir, timeoutSeconds, command);
    }

    /** Starts ffmpeg in the background (for live senders and receivers); the caller destroys it. */
    public static Process start(Path workDir, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ffmpeg().toString(), "-hide_banner", "-nostdin", "-y"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static Result run(Path workDir, long timeoutSeconds, List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).directory(workDir.toFile()).start();
            var stdout = process.getInputStream().readAllBytes();
            var stderr = process.getErrorStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + command);
            }
            var result = new Result(
                    process.exitValue(),
                    new String(stdout, StandardCharsets.UTF_8),
                    new String(stderr, StandardCharsets.UTF_8));
            if (result.exitCode() != 0) {
                throw new IllegalStateException("exit " + result.exitCode() + ": " + command + "\n" + result.stderr());
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Result(int exitCode, String stdout, String stderr) {}
}
