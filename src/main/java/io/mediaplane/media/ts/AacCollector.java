package io.mediaplane.media.ts;

import io.mediaplane.media.codec.Adts;
import io.mediaplane.media.codec.AudioSpecificConfig;
import io.mediaplane.media.index.MediaFormat;
import io.mediaplane.media.index.Segmenter;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.mp4.SampleEntries;
import java.io.IOException;
import java.util.Arrays;

/**
 * AAC in ADTS stored as MP4 samples: one raw frame of 1024 samples each, in a timescale of the
 * sampling rate. Frame times follow each other unless a PES's PTS says there is a gap of more than
 * half a frame; a frame split between PES packets is joined.
 */
final class AacCollector extends TrackCollector {
    private static final int FRAME = 1024;

    private final Timestamps times = new Timestamps();
    private AudioSpecificConfig config;
    private byte[] carry = new byte[0];
    private long next90 = Long.MIN_VALUE;

    AacCollector(int pid, SampleStore store) {
        super(pid, store);
    }

    @Override
    void pes(long pts, long dts, byte[] payload) throws IOException {
        byte[] b = carry.length == 0 ? payload : concat(carry, payload);
        long time = pts >= 0 ? times.unwrap(pts) : next90;
        if (carry.length > 0 || time == Long.MIN_VALUE) {
            time = next90; // the carried frame started in the previous PES
        }
        int at = 0;
        while (at + Adts.HEADER <= b.length) {
            if (!Adts.isSync(b, at, b.length)) {
                throw new TsException("AAC on PID " + pid + " is not in ADTS frames");
            }
            int length = Adts.frameLength(b, at);
            int header = Adts.headerLength(b, at);
            if (length < header) {
                throw new TsException("ADTS frame on PID " + pid + " shorter than its header");
            }
            if (at + length > b.length) {
                break;
            }
            if (config == null) {
                config = Adts.config(b, at);
            }
            time = add(time, b, at + header, length - header);
            at += length;
        }
        carry = Arrays.copyOfRange(b, at, b.length);
        next90 = time;
    }

    /** Stores one frame presented at {@code time90}; returns when the next one starts. */
    private long add(long time90, byte[] b, int off, int len) throws IOException {
        if (time90 == Long.MIN_VALUE) {
            throw new TsException("AAC on PID " + pid + " starts without a PTS");
        }
        int rate = config.sampleRate();
        long frame90 = FRAME * 90_000L / rate;
        if (samples.count() == 0) {
            firstDts90 = time90;
            firstPts90 = time90;
        }
        long ticks = Segmenter.rescale(time90 - firstDts90, 90_000, rate);
        if (samples.count() > 0) {
            long expected = samples.lastDecodeTime() + FRAME;
            ticks = Math.abs(ticks - expected) <= FRAME / 2 ? expected : Math.max(ticks, expected);
        }
        long offset = store.append(b, off, len);
        samples.add(ticks, 0, len, offset, true);
        return time90 + frame90;
    }

    @Override
    void finish() throws IOException {
        if (carry.length > 0) {
            throw new TsException("AAC on PID " + pid + " ends inside an ADTS frame");
        }
    }

    @Override
    String handler() {
        return Track.AUDIO;
    }

    @Override
    long timescale() {
        return config.sampleRate();
    }

    @Override
    long lastDuration() {
        return FRAME;
    }

    @Override
    MediaFormat format(long avgBitrate, long maxBitrate) {
        return SampleEntries.mp4a(config, avgBitrate, maxBitrate);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
