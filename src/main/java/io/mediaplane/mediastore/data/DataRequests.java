package io.mediaplane.mediastore.data;

/** Builds the {@link DataRequest} of a finished request for the listeners. */
final class DataRequests {
    private DataRequests() {}

    static DataRequest of(DataExchange view, Outcome outcome, long startNanos) {
        long end = System.nanoTime();
        long firstSent = view.firstByteSentNanos() == 0 ? end : view.firstByteSentNanos();
        String query = view.rawQuery();
        String uri = view.original().rawPath() + (query == null || query.isEmpty() ? "" : "?" + query);
        String account = outcome.identity == null ? null : outcome.identity.accountId();
        String requester = outcome.identity == null || outcome.identity.accessKeyId() == null || account == null
                ? null
                : "arn:aws:iam::" + account + ":root";
        return new DataRequest(
                outcome.container.container(),
                outcome.operation == null ? "unknown" : outcome.operation,
                outcome.path,
                view.method(),
                uri,
                view.responseStatus(),
                outcome.errorCode,
                view.bytesReceived(),
                view.bytesSent(),
                outcome.objectSize,
                (end - startNanos) / 1_000_000,
                Math.max(0, firstSent - view.lastByteReceivedNanos()) / 1_000_000,
                outcome.requestId,
                view.remoteAddress(),
                requester,
                view.header("User-Agent"),
                view.header("Referer"),
                view.header("Host"),
                outcome.received,
                view.secure());
    }
}
