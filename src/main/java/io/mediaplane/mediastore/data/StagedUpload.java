package io.mediaplane.mediastore.data;

import io.mediaplane.protocol.StagedBody;
import io.mediaplane.store.blob.StagedBlob;
import java.io.IOException;
import java.io.InputStream;

/**
 * A PutObject body read into a staged blob before the request's signature could be checked (the
 * signature covers the body's hash, which the request does not declare). PutObject commits the
 * blob itself instead of copying the body again.
 */
record StagedUpload(StagedBlob blob) implements StagedBody {

    /** Reads the body into a staged blob, refusing it past the STANDARD object size limit. */
    static StagedUpload read(ObjectStore store, InputStream body, long contentLength) throws IOException {
        if (contentLength > Uploads.STANDARD_LIMIT) {
            throw Uploads.tooLarge(false, Uploads.STANDARD_LIMIT);
        }
        StagedBlob staged = store.blobs().stage();
        try {
            Uploads.fill(staged, body, null, Uploads.STANDARD_LIMIT, false);
            staged.finish();
            return new StagedUpload(staged);
        } catch (IOException | RuntimeException e) {
            staged.discard();
            throw e;
        }
    }

    @Override
    public String sha256() {
        return blob.sha256();
    }

    @Override
    public void close() {
        blob.discard();
    }
}
