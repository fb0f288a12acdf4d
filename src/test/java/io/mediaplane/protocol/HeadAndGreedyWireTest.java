package io.mediaplane.protocol;

import static io.mediaplane.protocol.Operation.rest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mediaplane.support.Clients;
import io.mediaplane.support.RecordingService;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;

/**
 * HEAD responses and greedy labels through the real MediaStore Data SDK: header-bound outputs
 * (HTTP-date Last-Modified, long Content-Length), and errors with no body whose code must travel
 * in {@code x-amzn-ErrorType} alone.
 */
class HeadAndGreedyWireTest {
    record DescribeObjectRequest(@Label("Path") @NotNull String path) {}

    record DescribeObjectResponse(
            @Header("ETag") String eTag,
            @Header("Content-Type") String contentType,
            @Header("Content-Length") Long contentLength,
            @Header("Cache-Control") String cacheControl,
            @Header("Last-Modified") Instant lastModified) {}

    static final ServiceSpec SPEC = new ServiceSpec(
            "mediastore-data",
            Protocol.REST_JSON_1,
            "mediastore",
            null,
            "Message",
            new ErrorCode("ValidationException", 400),
            new ErrorCode("ValidationException", 400),
            new ErrorCode("InternalServerError", 500),
            JsonMappers.wire(PropertyNamingStrategies.UPPER_CAMEL_CASE, TimestampFormat.EPOCH_SECONDS),
            true,
            List.of(rest(
                    "HEAD",
                    "/{Path+}",
                    200,
                    "DescribeObject",
                    DescribeObjectRequest.class,
                    DescribeObjectResponse.class,
                    (c, i) -> null)));

    private final RecordingService wire = new RecordingService(SPEC);
    private final MediaStoreDataClient sdk =
            Clients.wired(MediaStoreDataClient.builder(), wire, "http://wire.test:4590/mediastore-data/abcdefghijklmn");

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void headOutputsTravelInHeaders() {
        Instant modified = Instant.parse("2019-07-19T21:50:31Z");
        wire.answer(new DescribeObjectResponse("abc123", "video/MP2T", 5_000_000_000L, "max-age=60", modified));
        var r = sdk.describeObject(b -> b.path("live/seg 1.ts"));
        assertEquals(
                "/mediastore-data/abcdefghijklmn/live/seg%201.ts", wire.last().rawPath());
        assertEquals(
                "Fri, 19 Jul 2019 21:50:31 GMT", wire.last().responseHeaders.get("Last-Modified"));
        assertEquals(0, wire.last().responseBody.size());
        assertEquals(5_000_000_000L, r.contentLength());
        assertEquals(modified, r.lastModified());
        assertEquals("abc123", r.eTag());
        assertEquals("video/MP2T", r.contentType());
        assertEquals("max-age=60", r.cacheControl());
    }

    @Test
    void headErrorsCarryTheirCodeInTheHeaderOnly() {
        wire.fail(new AwsException(new ErrorCode("ObjectNotFoundException", 404), "no such object"));
        ObjectNotFoundException e =
                assertThrows(ObjectNotFoundException.class, () -> sdk.describeObject(b -> b.path("missing.ts")));
        assertEquals(404, e.statusCode());
        assertEquals("ObjectNotFoundException", wire.last().responseHeaders.get("x-amzn-ErrorType"));
        assertEquals(0, wire.last().responseBody.size());
    }
}
