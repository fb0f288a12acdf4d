package io.mediaplane.mediastore.data;

import static io.mediaplane.protocol.Operation.rest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mediaplane.mediastore.data.ObjectShapes.DeleteObjectOutput;
import io.mediaplane.mediastore.data.ObjectShapes.DescribeObjectOutput;
import io.mediaplane.mediastore.data.ObjectShapes.GetObjectInput;
import io.mediaplane.mediastore.data.ObjectShapes.GetObjectOutput;
import io.mediaplane.mediastore.data.ObjectShapes.ListItemsInput;
import io.mediaplane.mediastore.data.ObjectShapes.ListItemsOutput;
import io.mediaplane.mediastore.data.ObjectShapes.ObjectPathInput;
import io.mediaplane.mediastore.data.ObjectShapes.PutObjectInput;
import io.mediaplane.mediastore.data.ObjectShapes.PutObjectOutput;
import io.mediaplane.protocol.JsonMappers;
import io.mediaplane.protocol.Protocol;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.protocol.TimestampFormat;
import java.util.List;

/**
 * AWS Elemental MediaStore Data (restJson1, signed as {@code mediastore}): the five object
 * operations, declared once. Unsigned requests reach them: the container policy decides.
 */
final class MediaStoreDataService {
    private MediaStoreDataService() {}

    static ServiceSpec spec(ObjectOperations objects, Uploads uploads, FolderListing listing) {
        return new ServiceSpec(
                "mediastore-data",
                Protocol.REST_JSON_1,
                "mediastore",
                "",
                "Message",
                MediaStoreDataError.VALIDATION,
                MediaStoreDataError.SERIALIZATION,
                MediaStoreDataError.INTERNAL_SERVER_ERROR,
                JsonMappers.wire(PropertyNamingStrategies.UPPER_CAMEL_CASE, TimestampFormat.EPOCH_SECONDS),
                true,
                List.of(
                        rest(
                                "PUT",
                                "/{Path+}",
                                200,
                                "PutObject",
                                PutObjectInput.class,
                                PutObjectOutput.class,
                                uploads::putObject),
                        rest(
                                "GET",
                                "/{Path+}",
                                200,
                                "GetObject",
                                GetObjectInput.class,
                                GetObjectOutput.class,
                                objects::getObject),
                        rest(
                                "HEAD",
                                "/{Path+}",
                                200,
                                "DescribeObject",
                                ObjectPathInput.class,
                                DescribeObjectOutput.class,
                                objects::describeObject),
                        rest(
                                "DELETE",
                                "/{Path+}",
                                200,
                                "DeleteObject",
                                ObjectPathInput.class,
                                DeleteObjectOutput.class,
                                objects::deleteObject),
                        rest(
                                "GET",
                                "/",
                                200,
                                "ListItems",
                                ListItemsInput.class,
                                ListItemsOutput.class,
                                listing::listItems)));
    }
}
