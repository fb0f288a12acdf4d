package io.mediaplane.mediastore.data;

import io.mediaplane.mediastore.Containers;
import io.mediaplane.mediastore.data.ObjectShapes.DeleteObjectOutput;
import io.mediaplane.mediastore.data.ObjectShapes.DescribeObjectOutput;
import io.mediaplane.mediastore.data.ObjectShapes.GetObjectInput;
import io.mediaplane.mediastore.data.ObjectShapes.GetObjectOutput;
import io.mediaplane.mediastore.data.ObjectShapes.ObjectPathInput;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.protocol.StreamingBody;
import io.mediaplane.store.blob.ByteRange;
import io.mediaplane.store.blob.OpenBlobs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
        Containers.Located container = context.target(Containers.Located.class);
        String containerId = container.container().endpointId();
        Optional<LiveUpload> upload = live.find(containerId, input.path());
        if (upload.isPresent()) { // still arriving: served as it comes, Range ignored as on AWS
            LiveUpload u = upload.get();
            return new GetObjectOutput(
                    u::writeTo, u.cacheControl(), null, null, u.contentType(), null, u.startedAt(), 200);
        }
        ObjectStore.ObjectBytes found = readCurrent(context, container, input.path());
        ObjectRecord r = found.record();
        OpenBlobs.Lease lease = found.bytes();
        if (input.range() == null) {
            return new GetObjectOutput(
                    new StreamingBody.FileRegion(lease.bytes(), lease.file(), 0, lease::close),
                    r.cacheControl(),
                    null,
                    r.size(),
                    r.contentType(),
                    r.eTag(),
                    r.createdAt(),
                    200);
        }
        try {
            ByteRange range = range(input.range(), r.size());
            ByteBuffer part = lease.bytes().slice((int) range.first(), (int) range.length());
            return new GetObjectOutput(
                    new StreamingBody.FileRegion(part, lease.file(), range.first(), lease::close),
                    r.cacheControl(),
                    range.contentRange(),
                    range.length(),
                    r.contentType(),
                    r.eTag(),
                    r.createdAt(),
                    206);
        } catch (RuntimeException e) {
            lease.close(); // e.g. a range that cannot be satisfied: nothing will be sent
            throw e;
        }
    }

    /** The Range header resolved against the object's size; RequestedRangeNotSatisfiableException (416). */
    static ByteRange range(String header, long size) {
        try {
            return ByteRange.of(header, size);
        } catch (ByteRange.Unsatisfiable e) {
            throw new AwsException(MediaStoreDataError.RANGE_NOT_SATISFIABLE, e.getMessage());
        }
    }

    DescribeObjectOutput describeObject(RequestContext context, ObjectPathInput input) {
        Containers.Located container = context.target(Containers.Located.class);
        String containerId = container.container().endpointId();
        Optional<LiveUpload> upload = live.find(containerId, input.path());
        if (upload.isPresent()) {
            LiveUpload u = upload.get();
            return new DescribeObjectOutput(null, u.contentType(), null, u.cacheControl(), u.startedAt());
        }
        ObjectRecord r = current(context, container, input.path());
        return new DescribeObjectOutput(r.eTag(), r.contentType(), r.size(), r.cacheControl(), r.createdAt());
    }

    DeleteObjectOutput deleteObject(RequestContext context, ObjectPathInput input) {
        Containers.Located container = context.target(Containers.Located.class);
        String containerId = container.container().endpointId();
        current(context, container, input.path());
        if (!store.delete(containerId, input.path())) {
            throw notFound(input.path());
        }
        return new DeleteObjectOutput();
    }

    /** The committed, unexpired object at a path, or ObjectNotFoundException. */
    private ObjectRecord current(RequestContext context, Containers.Located container, String path) {
        return store.cached(container.container().endpointId(), path)
                .filter(r -> !expired(context, container, r))
                .orElseThrow(() -> notFound(path));
    }

    private ObjectStore.ObjectBytes readCurrent(RequestContext context, Containers.Located container, String path) {
        ObjectStore.ObjectBytes found;
        try {
            found = store.read(container.container().endpointId(), path).orElseThrow(() -> notFound(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read object " + path, e);
        }
        if (expired(context, container, found.record())) {
            found.bytes().close();
            throw notFound(path);
        }
        return found;
    }

    private boolean expired(RequestContext context, Containers.Located container, ObjectRecord r) {
        return expiry.expired(container.container(), r.path(), r.createdAt(), context.received());
    }

    static AwsException notFound(String path) {
        return new AwsException(MediaStoreDataError.OBJECT_NOT_FOUND, "Could not find the object at path " + path);
    }
}
