package io.mediaplane.mediastore.data;

import io.mediaplane.mediastore.Containers;
import io.mediaplane.protocol.Answered;
import io.mediaplane.protocol.RequestHead;

/** Builds the {@link DataRequest} of a finished request for the listeners. */
final class DataRequests {
    private DataRequests() {}

    static DataRequest of(Containers.Located container, Answered answered, String objectPath, Long objectSize) {
        RequestHead request = answered.request();
        String query = request.rawQuery();
        String uri = request.rawPath() + (query == null || query.isEmpty() ? "" : "?" + query);
        String account =
                answered.identity() == null ? null : answered.identity().accountId();
        String requester = answered.identity() == null || answered.identity().accessKeyId() == null || account == null
                ? null
                : "arn:aws:iam::" + account + ":root";
        return new DataRequest(
                container.container(),
                answered.operation(),
                objectPath,
                request.method(),
                uri,
                answered.status(),
                answered.errorCode(),
                answered.bytesReceived(),
                answered.bytesSent(),
                objectSize,
                answered.totalNanos() / 1_000_000,
                answered.turnAroundNanos() / 1_000_000,
                answered.requestId(),
                request.sourceIp(),
                requester,
                request.header("User-Agent"),
                request.header("Referer"),
                request.header("Host"),
                answered.received(),
                request.secure());
    }
}
