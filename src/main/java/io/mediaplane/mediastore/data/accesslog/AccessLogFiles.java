package io.mediaplane.mediastore.data.accesslog;

import io.mediaplane.mediastore.ContainerRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where access logs go: {@code <root>/<ContainerName>/<endpointId>/<yyyy-MM-dd-HH>.log}, one file per UTC hour of
 * the requests' ReceivedTime. The root is {@code <data dir>/access-logs}. The container name stands in for
 * MediaStore's CloudWatch log group {@code /aws/mediastore/<ContainerName>}; the endpoint id (the last segment of
 * the container's Endpoint) keeps apart containers of the same name in other accounts or regions, and a container
 * recreated under an old name.
 */
public final class AccessLogFiles {
    /** The directory under the data dir. */
    public static final String DIRECTORY = "access-logs";

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HH").withZone(ZoneOffset.UTC);

    private final Path root;

    public AccessLogFiles(Path root) {
        this.root = root;
    }

    /** The access-log root under a data dir. */
    public static AccessLogFiles under(Path dataDir) {
        return new AccessLogFiles(dataDir.resolve(DIRECTORY));
    }

    /** The directory holding one container's hourly files. */
    public Path directory(ContainerRecord container) {
        return root.resolve(container.name()).resolve(container.endpointId());
    }

    /** The file a request received at {@code at} is logged to. */
    public Path file(ContainerRecord container, Instant at) {
        return directory(container).resolve(HOUR.format(at) + ".log");
    }
}
