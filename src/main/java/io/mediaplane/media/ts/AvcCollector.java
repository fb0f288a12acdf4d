package io.mediaplane.media.ts;

import io.mediaplane.media.codec.AvcConfig;
import io.mediaplane.media.codec.CodecException;
import io.mediaplane.media.codec.NalUnits;
import io.mediaplane.media.index.MediaFormat;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.mp4.SampleEntries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * H.264 access units (one per PES; a PES without PTS continues the previous one) stored as MP4
 * samples: NAL units with four-byte lengths, without delimiters, parameter sets or filler. The
 * first SPS and PPS seen make the {@code avcC}; access units before the first IDR are dropped,
 * since nothing before it can be decoded.
 */
final class AvcCollector extends TrackCollector {
    private final Timestamps times = new Timestamps();
    private final List<byte[]> sps = new ArrayList<>();
    private final List<byte[]> pps = new ArrayList<>();
    private ByteArrayOutputStream unit;
    private long unitPts;
    private long unitDts;
    private long lastDelta = 3_000;

    AvcCollector(int pid, SampleStore store) {
        super(pid, store);
    }

    @Override
    void pes(long pts, long dts, byte[] payload) throws IOException {
        if (pts < 0) {
            if (unit != null) {
                unit.write(payload, 0, payload.length);
            }
            return;
        }
        flushUnit();
        unit = new ByteArrayOutputStream(payload.length);
        unit.write(payload, 0, payload.length);
        unitDts = times.unwrap(dts);
        unitPts = unitDts + ((pts - dts) & Pes.TIMESTAMP_MASK);
        if (unitPts - unitDts > 1L << 32) {
            unitPts -= 1L << 33;
        }
    }

    @Override
    void finish() throws IOException {
        flushUnit();
    }

    private void flushUnit() throws IOException {
        if (unit == null) {
            return;
        }
        byte[] b = unit.toByteArray();
        unit = null;
        var out = new ByteArrayOutputStream(b.length + 16);
        boolean idr = false;
        for (int[] u : NalUnits.annexB(b, 0, b.length)) {
            int type = NalUnits.avcType(b[u[0]]);
            switch (type) {
                case NalUnits.AVC_SPS -> remember(sps, b, u);
                case NalUnits.AVC_PPS -> remember(pps, b, u);
                case NalUnits.AVC_AUD, NalUnits.AVC_FILLER -> {}
                default -> {
                    idr |= type == NalUnits.AVC_IDR;
                    NalUnits.writeLengthPrefixed(out, b, u[0], u[1]);
                }
            }
        }
        if (samples.count() == 0 && !idr) {
            return;
        }
        if (samples.count() == 0) {
            firstDts90 = unitDts;
            firstPts90 = unitPts;
        } else {
            lastDelta = Math.max(1, unitDts - (firstDts90 + samples.lastDecodeTime()));
        }
        firstPts90 = Math.min(firstPts90, unitPts);
        byte[] sample = out.toByteArray();
        long offset = store.append(sample, 0, sample.length);
        samples.add(unitDts - firstDts90, (int) (unitPts - unitDts), sample.length, offset, idr);
    }

    private static void remember(List<byte[]> sets, byte[] b, int[] u) {
        if (sets.isEmpty()) {
            byte[] copy = new byte[u[1]];
            System.arraycopy(b, u[0], copy, 0, u[1]);
            sets.add(copy);
        }
    }

    @Override
    String handler() {
        return Track.VIDEO;
    }

    @Override
    long timescale() {
        return 90_000;
    }

    @Override
    long lastDuration() {
        return lastDelta;
    }

    @Override
    MediaFormat format(long avgBitrate, long maxBitrate) throws IOException {
        try {
            return SampleEntries.avc1(AvcConfig.of(sps, pps));
        } catch (CodecException e) {
            throw new TsException("H.264 on PID " + pid + ": " + e.getMessage(), e);
        }
    }
}
