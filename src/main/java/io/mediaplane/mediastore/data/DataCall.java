package io.mediaplane.mediastore.data;

import io.mediaplane.mediastore.Containers;
import io.mediaplane.store.blob.StagedBlob;

/**
 * What a data-plane operation knows besides its typed input (carried as the request context's
 * target): the container the endpoint belongs to, and how the request body must be checked.
 *
 * @param container     the container and its owner scope
 * @param payloadSha256 the hex SHA-256 the request was signed over, to verify the streamed body
 *                      against; null when the body is unsigned or already verified
 * @param staged        the body, already uploaded to a temp file because the signature needed its
 *                      hash first; null when the operation reads the body itself
 * @param contentLength the declared body length, or -1 (chunked)
 */
record DataCall(Containers.Located container, String payloadSha256, StagedBlob staged, long contentLength) {
    String containerId() {
        return container.container().endpointId();
    }
}
