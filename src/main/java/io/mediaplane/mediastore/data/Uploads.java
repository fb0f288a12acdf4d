package io.mediaplane.mediastore.data;

import io.mediaplane.mediastore.Containers;
import io.mediaplane.mediastore.data.ObjectShapes.PutObjectInput;
import io.mediaplane.mediastore.data.ObjectShapes.PutObjectOutput;
import io.mediaplane.mediastore.data.ObjectShapes.StorageClass;
import io.mediaplane.mediastore.data.ObjectShapes.UploadAvailability;
import io.mediaplane.protocol.Authenticator;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;
import io.mediaplane.protocol.RequestBody;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.blob.StagedBlob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * PutObject: the body goes to a temp file (and, for STREAMING with an unsigned payload, to readers
 * as it arrives), is checked against the size limit and the signed payload hash, then committed
 * atomically. Anything
 * that fails on the way leaves nothing behind.
 */
final class Uploads {
    /** AWS: "Object sizes are limited to 25 MB for standard upload availability" (taken as MiB). */
    static final long STANDARD_LIMIT = 25L << 20;
    /** AWS: "... and 10 MB for streaming upload availability". */
    static final long STREAMING_LIMIT = 10L << 20;

    static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
    /** The body ended before its declared length (client gave up): nothing is stored. */
    static final ErrorCode INCOMPLETE_BODY = new ErrorCode("IncompleteBody", 400);

    private final ObjectStore store;
    private final LiveObjects live;

    Uploads(ObjectStore store, LiveObjects live) {
        this.store = store;
        this.live = live;
    }

    PutObjectOutput putObject(RequestContext context, PutObjectInput input) {
        String containerId =
                context.target(Containers.Located.class).container().endpointId();
        RequestBody body = context.body();
        boolean streaming = input.uploadAvailability() == UploadAvailability.STREAMING;
        long limit = streaming ? STREAMING_LIMIT : STANDARD_LIMIT;
        String contentType = input.contentType() == null ? DEFAULT_CONTENT_TYPE : input.contentType();
        StagedUpload read = body.staged(StagedUpload.class);
        StagedBlob staged = read == null ? null : read.blob();
        LiveUpload upload = null;
        boolean committed = false;
        try {
            if (staged == null) {
                if (body.contentLength() > limit) {
                    throw tooLarge(streaming, limit);
                }
                staged = store.blobs().stage();
                // A signature over the whole body is checked only once it has all arrived: until then
                // no reader may see a byte of it (readers keep the previous object, or none).
                if (streaming && body.payloadSha256() == null) {
                    upload = new LiveUpload(contentType, input.cacheControl(), context.received());
                    live.start(containerId, input.path(), upload);
                }
                copy(input.body(), staged, upload, limit, streaming);
            } else if (staged.size() > limit) {
                throw tooLarge(streaming, limit);
            }
            String sha256 = staged.finish();
            if (body.payloadSha256() != null && !body.payloadSha256().equals(sha256)) {
                throw Authenticator.payloadMismatch();
            }
            ObjectRecord record = store.commit(
                    containerId, input.path(), staged, contentType, input.cacheControl(), context.received());
            committed = true;
            return new PutObjectOutput(record.sha256(), record.eTag(), StorageClass.TEMPORAL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + input.path(), e);
        } finally {
            if (upload != null) {
                if (committed) {
                    upload.complete();
                } else {
                    upload.fail();
                }
                live.end(containerId, input.path(), upload);
            }
            if (staged != null) {
                staged.discard();
            }
        }
    }

    private static void copy(InputStream body, StagedBlob staged, LiveUpload upload, long limit, boolean streaming) {
        try {
            fill(staged, body, upload, limit, streaming);
        } catch (IOException e) {
            // the stream's messages are the http layer's own words (no class names)
            throw new AwsException(INCOMPLETE_BODY, "The request body ended before it was complete: " + e.getMessage());
        }
    }

    /** Writes the body to the staged blob (and to live readers), refusing it past the limit. */
    static void fill(StagedBlob staged, InputStream body, LiveUpload upload, long limit, boolean streaming)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = body.read(buffer)) >= 0) {
            if (staged.size() + n > limit) {
                throw tooLarge(streaming, limit);
            }
            try {
                staged.write(buffer, 0, n);
            } catch (IOException e) { // the disk's fault, not the client's: an internal error, logged
                throw new UncheckedIOException("cannot stage an upload", e);
            }
            if (upload != null) {
                upload.append(buffer, 0, n);
            }
        }
    }

    static AwsException tooLarge(boolean streaming, long limit) {
        return new AwsException(
                MediaStoreDataError.TOO_LARGE,
                "The object is larger than the " + (limit >> 20)
                        + " MB MediaStore allows for " + (streaming ? "STREAMING" : "STANDARD")
                        + " upload availability; nothing was stored");
    }
}
