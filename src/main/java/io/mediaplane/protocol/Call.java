package io.mediaplane.protocol;

import java.time.Instant;

/** What one request turned out to be, filled in stage by stage, for the observers. */
final class Call {
    final String requestId;
    final Instant received;
    final long startNanos;
    ServiceSpec service;
    String operation = "unknown";
    String path;
    Identity identity;
    /** The body when the operation takes it whole, else null. */
    byte[] body;
    /** A streamed body read ahead to verify its signature, discarded when the request ends. */
    StagedBody staged;

    Object input;
    Object output;
    String errorCode;
    /** The endpoint and its resolved target, once there is one to tell about the answered request. */
    Observed<?> observed;

    Call(String requestId, Instant received, long startNanos, ServiceSpec service) {
        this.requestId = requestId;
        this.received = received;
        this.startNanos = startNanos;
        this.service = service;
    }

    /** An endpoint with the target its hook found, so that hook gets it back typed. */
    record Observed<T>(Endpoint<T> endpoint, T target) {
        void completed(Answered answered) {
            endpoint.completed(target, answered);
        }
    }

    Answered answered(MeteredExchange exchange) {
        long end = System.nanoTime();
        long firstSent = exchange.firstByteSentNanos() == 0 ? end : exchange.firstByteSentNanos();
        return new Answered(
                requestId,
                operation,
                received,
                exchange,
                path,
                identity,
                input,
                output,
                exchange.responseStatus(),
                errorCode,
                exchange.bytesReceived(),
                exchange.bytesSent(),
                end - startNanos,
                Math.max(0, firstSent - exchange.lastByteReceivedNanos()));
    }
}
