package io.mediaplane.protocol;

/**
 * A streamed request body read ahead (by {@link Endpoint#stage}) because the request's signature
 * covers the body's hash without declaring it. The pipeline discards it when the request ends;
 * an operation that keeps the bytes takes them over first.
 */
public interface StagedBody extends AutoCloseable {
    /** The lower-case hex SHA-256 of the whole body. */
    String sha256();

    /** Removes what is left of it; does nothing once its bytes were taken over. */
    @Override
    void close();
}
