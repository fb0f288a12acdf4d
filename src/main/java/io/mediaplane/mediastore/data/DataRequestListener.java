package io.mediaplane.mediastore.data;

/**
 * Told about every finished data-plane request (access logging, metric-policy counters). Called
 * on the request's thread after the response is complete; must not block for long and must not
 * throw (a failing listener never fails the request).
 */
@FunctionalInterface
public interface DataRequestListener {
    void completed(DataRequest request);
}
