package io.mediaplane.mediastore.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mediaplane.protocol.Header;
import io.mediaplane.protocol.Label;
import io.mediaplane.protocol.Payload;
import io.mediaplane.protocol.Query;
import io.mediaplane.protocol.StatusCode;
import io.mediaplane.protocol.StreamingBody;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/** Wire shapes of the MediaStore Data operations (model names; PascalCase on the wire). */
public final class ObjectShapes {
    /** The model's PathNaming pattern: up to 10 folder levels of unreserved characters. */
    static final String PATH = "(?:[A-Za-z0-9_\\.\\-\\~]+/){0,10}[A-Za-z0-9_\\.\\-\\~]+";
    /** The model's ListPathNaming pattern. */
    static final String LIST_PATH = "/?(?:[A-Za-z0-9_\\.\\-\\~]+/){0,10}(?:[A-Za-z0-9_\\.\\-\\~]+)?/?";

    private ObjectShapes() {}

    public enum StorageClass {
        TEMPORAL
    }

    public enum UploadAvailability {
        STANDARD,
        STREAMING
    }

    public enum ItemType {
        OBJECT,
        FOLDER
    }

    public record PutObjectInput(
            @NotNull @Size(min = 1, max = 900) @Pattern(regexp = PATH) @Label("Path")
            String path,

            @NotNull @Payload InputStream body,

            @Size(max = 255) @Pattern(regexp = "[\\w\\-/\\.\\+]{1,255}") @Header("Content-Type")
            String contentType,

            @Header("Cache-Control") String cacheControl,
            @Header("x-amz-storage-class") StorageClass storageClass,
            @Header("x-amz-upload-availability") UploadAvailability uploadAvailability) {}

    public record PutObjectOutput(
            @JsonProperty("ContentSHA256") String contentSHA256,
            @JsonProperty("ETag") String eTag,
            @JsonProperty("StorageClass") StorageClass storageClass) {}

    public record GetObjectInput(
            @NotNull @Size(min = 1, max = 900) @Pattern(regexp = PATH) @Label("Path")
            String path,

            @Pattern(regexp = "^bytes=(?:\\d+\\-\\d*|\\d*\\-\\d+)$") @Header("Range")
            String range) {}

    public record GetObjectOutput(
            @Payload StreamingBody body,
            @Header("Cache-Control") String cacheControl,
            @Header("Content-Range") String contentRange,
            @Header("Content-Length") Long contentLength,
            @Header("Content-Type") String contentType,
            @Header("ETag") String eTag,
            @Header("Last-Modified") Instant lastModified,
            @StatusCode Integer statusCode) {}

    public record ObjectPathInput(
            @NotNull @Size(min = 1, max = 900) @Pattern(regexp = PATH) @Label("Path")
            String path) {}

    public record DescribeObjectOutput(
            @Header("ETag") String eTag,
            @Header("Content-Type") String contentType,
            @Header("Content-Length") Long contentLength,
            @Header("Cache-Control") String cacheControl,
            @Header("Last-Modified") Instant lastModified) {}

    public record DeleteObjectOutput() {}

    public record ListItemsInput(
            @Size(max = 900) @Pattern(regexp = LIST_PATH) @Query("Path")
            String path,

            @Min(1) @Max(1000) @Query("MaxResults") Integer maxResults,
            @Size(min = 1) @Query("NextToken") String nextToken) {}

    public record Item(
            @JsonProperty("Name") String name,
            @JsonProperty("Type") ItemType type,
            @JsonProperty("ETag") String eTag,
            @JsonProperty("LastModified") Instant lastModified,
            @JsonProperty("ContentType") String contentType,
            @JsonProperty("ContentLength") Long contentLength) {}

    public record ListItemsOutput(
            @JsonProperty("Items") List<Item> items,
            @JsonProperty("NextToken") String nextToken) {}
}
