package io.mediaplane.media.scte35;

/** {@code time_signal()}: a splice time; the meaning is in the segmentation descriptors. */
public record TimeSignal(SpliceTime spliceTime) implements SpliceCommand {
    public TimeSignal {
        Fields.required("splice_time", spliceTime);
    }

    public static TimeSignal at(long ptsTime) {
        return new TimeSignal(SpliceTime.at(ptsTime));
    }

    @Override
    public int type() {
        return TIME_SIGNAL;
    }
}
