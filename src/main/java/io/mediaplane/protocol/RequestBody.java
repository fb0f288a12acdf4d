package io.mediaplane.protocol;

/**
 * What a streaming operation must still check about its body, which the pipeline did not read.
 *
 * @param contentLength the declared length, or -1 (chunked); 0 when there is no body
 * @param payloadSha256 the lower-case hex SHA-256 the signature covers, to compare with the streamed
 *                      body's once read; null when the body is unsigned or already verified
 * @param staged        the body, read ahead by {@link Endpoint#stage} because the signature needed
 *                      its hash first (and verified); null when the operation reads the body itself
 */
public record RequestBody(long contentLength, String payloadSha256, StagedBody staged) {
    /** A body with nothing left to check. */
    public static final RequestBody CHECKED = new RequestBody(0, null, null);

    /** The staged body as the type the endpoint's {@link Endpoint#stage} made, or null when none was staged. */
    public <S extends StagedBody> S staged(Class<S> type) {
        return staged == null ? null : type.cast(staged);
    }
}
