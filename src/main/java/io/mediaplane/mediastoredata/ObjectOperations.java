package io.mediaplane.mediastoredata;

import io.mediaplane.mediastoredata.ObjectShapes.DeleteObjectOutput;
import io.mediaplane.mediastoredata.ObjectShapes.DescribeObjectOutput;
import io.mediaplane.mediastoredata.ObjectShapes.GetObjectInput;
import io.mediaplane.mediastoredata.ObjectShapes.GetObjectOutput;
import io.mediaplane.mediastoredata.ObjectShapes.ObjectPathInput;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.protocol.StreamingBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;

/** GetObject, DescribeObject and DeleteObject; PutObject is {@link Uploads}. */
final class ObjectOperations {
    private final ObjectStore store;
    private final LiveObjects live;
    private final Expiry expiry;

    ObjectOperations(ObjectStore store, LiveObjects live, Expiry expiry) {
        this.store = store;
        this.live = live;
        this.expiry = expiry;
    }

    GetObjectOutput getObject(RequestContext context, GetObjectInput input) {
        DataCall call = (DataCall) context.target();
        Optional<LiveUpload> upload = live.find(call.containerId(), input.path());
        if (upload.isPresent()) { // still arriving: served as it comes, Range ignored as on AWS
            LiveUpload u = upload.get();
            return new GetObjectOutput(u::writeTo, u.cacheControl(), null, null, u.contentType(), null, u.startedAt(),
                    200);
        }
        ObjectStore.OpenObject open = openCurrent(context, call, input.path());
        ObjectRecord r = open.record();
        try {
            if (input.range() == null) {
                return new GetObjectOutput(bytes(open.channel(), 0, r.size()), r.cacheControl(), null, r.size(),
                        r.contentType(), r.eTag(), r.createdAt(), 200);
            }
            ByteRange range = ByteRange.of(input.range(), r.size());
            return new GetObjectOutput(bytes(open.channel(), range.first(), range.length()), r.cacheControl(),
                    range.contentRange(), range.length(), r.contentType(), r.eTag(), r.createdAt(), 206);
        } catch (RuntimeException e) {
            closeQuietly(open.channel());
            throw e;
        }
    }

    DescribeObjectOutput describeObject(RequestContext context, ObjectPathInput input) {
        DataCall call = (DataCall) context.target();
        Optional<LiveUpload> upload = live.find(call.containerId(), input.path());
        if (upload.isPresent()) {
            LiveUpload u = upload.get();
            return new DescribeObjectOutput(null, u.contentType(), null, u.cacheControl(), u.startedAt());
        }
        ObjectRecord r = current(context, call, input.path());
        return new DescribeObjectOutput(r.eTag(), r.contentType(), r.size(), r.cacheControl(), r.createdAt());
    }

    DeleteObjectOutput deleteObject(RequestContext context, ObjectPathInput input) {
        DataCall call = (DataCall) context.target();
        current(context, call, input.path());
        if (!store.delete(call.containerId(), input.path())) {
            throw notFound(input.path());
        }
        return new DeleteObjectOutput();
    }

    /** The committed, unexpired object at a path, or ObjectNotFoundException. */
    private ObjectRecord current(RequestContext context, DataCall call, String path) {
        return store.get(call.containerId(), path)
                .filter(r -> !expiry.expired(call.container().container(), path, r.createdAt(), context.received()))
                .orElseThrow(() -> notFound(path));
    }

    private ObjectStore.OpenObject openCurrent(RequestContext context, DataCall call, String path) {
        try {
            ObjectStore.OpenObject open = store.open(call.containerId(), path).orElseThrow(() -> notFound(path));
            if (expiry.expired(call.container().container(), path, open.record().createdAt(), context.received())) {
                closeQuietly(open.channel());
                throw notFound(path);
            }
            return open;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open object " + path, e);
        }
    }

    /** Copies part of an immutable blob to the response, closing the file when done. */
    private static StreamingBody bytes(FileChannel channel, long from, long length) {
        return out -> {
            try (channel) {
                ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(64 * 1024, Math.max(1, length)));
                long position = from;
                long left = length;
                while (left > 0) {
                    buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                    int n = channel.read(buffer, position);
                    if (n < 0) {
                        throw new IOException("blob shorter than its metadata says");
                    }
                    out.write(buffer.array(), 0, n);
                    position += n;
                    left -= n;
                }
            }
        };
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    static AwsException notFound(String path) {
        return new AwsException(MediaStoreDataError.OBJECT_NOT_FOUND, "Could not find the object at path " + path);
    }
}
