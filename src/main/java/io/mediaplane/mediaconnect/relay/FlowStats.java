package io.mediaplane.mediaconnect.relay;

/** A running flow's counters since it started (the same values are exported as metrics). */
public record FlowStats(
        long packetsReceived,
        long bytesReceived,
        long packetsLost,
        long packetsRecovered,
        long droppedByAllowList,
        long droppedByBitrate,
        long malformed,
        long packetsSent) {}
