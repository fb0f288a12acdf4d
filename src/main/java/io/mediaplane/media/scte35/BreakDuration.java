package io.mediaplane.media.scte35;

/** SCTE 35 {@code break_duration()}: a 33-bit duration in 90 kHz ticks, and auto_return. */
public record BreakDuration(boolean autoReturn, long duration) {
    public BreakDuration {
        Fields.check("break_duration duration", duration, 33);
    }

    /** The duration in seconds. */
    public double seconds() {
        return duration / (double) SpliceTime.TICKS_PER_SECOND;
    }

    static BreakDuration read(BitReader r) {
        boolean autoReturn = r.flag();
        r.skip(6);
        return new BreakDuration(autoReturn, r.bits(33));
    }

    void write(BitWriter w) {
        w.flag(autoReturn).reserved(6).bits(duration, 33);
    }
}
