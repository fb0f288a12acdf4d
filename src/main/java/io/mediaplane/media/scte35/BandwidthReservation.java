package io.mediaplane.media.scte35;

/** {@code bandwidth_reservation()}: no fields; reserves bandwidth in a multiplex. */
public record BandwidthReservation() implements SpliceCommand {
    @Override
    public int type() {
        return BANDWIDTH_RESERVATION;
    }
}
