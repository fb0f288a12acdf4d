package io.mediaplane.media.scte35;

/**
 * SCTE 35 {@code splice_time()}: a 33-bit PTS in 90 kHz ticks when {@code timeSpecified}, otherwise
 * "no time" (for a time_signal: now).
 */
public record SpliceTime(boolean timeSpecified, long ptsTime) {
    public static final long TICKS_PER_SECOND = 90_000;
    public static final SpliceTime NONE = new SpliceTime(false, 0);

    public SpliceTime {
        Fields.check("pts_time", ptsTime, 33);
        if (!timeSpecified && ptsTime != 0) {
            throw new Scte35Exception("pts_time " + ptsTime + " given without time_specified_flag");
        }
    }

    public static SpliceTime at(long ptsTime) {
        return new SpliceTime(true, ptsTime);
    }

    static SpliceTime read(BitReader r) {
        if (r.flag()) {
            r.skip(6);
            return at(r.bits(33));
        }
        r.skip(7);
        return NONE;
    }

    void write(BitWriter w) {
        if (timeSpecified) {
            w.flag(true).reserved(6).bits(ptsTime, 33);
        } else {
            w.flag(false).reserved(7);
        }
    }
}
