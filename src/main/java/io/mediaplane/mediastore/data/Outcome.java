package io.mediaplane.mediastore.data;

import io.mediaplane.mediastore.Containers;
import io.mediaplane.protocol.Identity;
import java.time.Instant;

/** What one data request turned out to be, filled in as it is served, for its {@link DataRequest}. */
final class Outcome {
    final String requestId;
    final Instant received;
    Containers.Located container;
    String operation;
    String path = "";
    Identity identity;
    String errorCode;
    Long objectSize;

    Outcome(String requestId, Instant received) {
        this.requestId = requestId;
        this.received = received;
    }
}
