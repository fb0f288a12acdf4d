package io.mediaplane.mediaconnect.relay;

/**
 * Where a flow's packets go: a UDP destination (with FEC for rtp-fec), the subscribers of an
 * entitlement, or either behind a pacer. {@code send} never throws: failures are counted.
 */
interface Output extends AutoCloseable {

    /** Sends one packet; the buffer is only valid during the call. */
    void send(byte[] buf, int off, int len);

    FlowPlan.OutputPlan plan();

    Tally tally();

    @Override
    void close();
}
