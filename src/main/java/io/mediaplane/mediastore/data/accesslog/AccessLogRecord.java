package io.mediaplane.mediastore.data.accesslog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mediaplane.aws.Arn;
import io.mediaplane.mediastore.data.DataRequest;
import io.mediaplane.mediastore.policy.LifecyclePolicy;
import io.mediaplane.mediastore.policy.LifecycleRule;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One access-log record with exactly the fields of MediaStore's access logs (user guide, "Access log format"):
 * times in milliseconds, {@code ReceivedTime} ISO-8601 with milliseconds, {@code ErrorCode} null on success,
 * {@code Requester} the caller's ARN or {@code anonymous}, {@code ExpiresAt} set when a transient-data lifecycle
 * rule applies to an object this request stored.
 */
@JsonPropertyOrder({
    "Path",
    "Requester",
    "AWSAccountId",
    "RequestID",
    "ContainerName",
    "TotalTime",
    "BytesReceived",
    "BytesSent",
    "ReceivedTime",
    "Operation",
    "ErrorCode",
    "Source",
    "HTTPStatus",
    "TurnAroundTime",
    "ExpiresAt"
})
record AccessLogRecord(
        @JsonProperty("Path") String path,
        @JsonProperty("Requester") String requester,
        @JsonProperty("AWSAccountId") String awsAccountId,
        @JsonProperty("RequestID") String requestId,
        @JsonProperty("ContainerName") String containerName,
        @JsonProperty("TotalTime") long totalTime,
        @JsonProperty("BytesReceived") long bytesReceived,
        @JsonProperty("BytesSent") long bytesSent,
        @JsonProperty("ReceivedTime") String receivedTime,
        @JsonProperty("Operation") String operation,
        @JsonProperty("ErrorCode") String errorCode,
        @JsonProperty("Source") String source,
        @JsonProperty("HTTPStatus") int httpStatus,
        @JsonProperty("TurnAroundTime") long turnAroundTime,
        @JsonProperty("ExpiresAt") String expiresAt) {

    static final String ANONYMOUS = "anonymous";
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** The record of a finished request; {@code lifecycle} is the container's parsed policy, or null. */
    static AccessLogRecord of(DataRequest r, LifecyclePolicy lifecycle) {
        String requester = r.requester() == null ? ANONYMOUS : r.requester();
        return new AccessLogRecord(
                "/" + r.objectPath(),
                requester,
                accountOf(r.requester()),
                r.requestId(),
                r.container().name(),
                r.totalTimeMillis(),
                r.bytesReceived(),
                r.bytesSent(),
                MILLIS.format(r.requestTime()),
                r.operation(),
                r.errorCode(),
                r.sourceIp(),
                r.httpStatus(),
                r.turnAroundTimeMillis(),
                expiresAt(r, lifecycle));
    }

    /** The account of an ARN such as {@code arn:aws:iam::111122223333:user/x}; null for anonymous callers. */
    static String accountOf(String arn) {
        return Arn.parse(arn).map(Arn::account).filter(a -> !a.isEmpty()).orElse(null);
    }

    /** For a stored object, when the earliest matching transient-data (seconds) rule expires it; else null. */
    private static String expiresAt(DataRequest r, LifecyclePolicy lifecycle) {
        if (lifecycle == null || !r.operation().equals("PutObject") || r.httpStatus() / 100 != 2) {
            return null;
        }
        Instant earliest = null;
        for (LifecycleRule rule : lifecycle.rules()) {
            if (rule.kind() == LifecycleRule.Kind.TRANSIENT_DATA && rule.matches(r.objectPath())) {
                Instant due = rule.dueAt(r.requestTime());
                earliest = earliest == null || due.isBefore(earliest) ? due : earliest;
            }
        }
        return earliest == null ? null : SECONDS.format(earliest.truncatedTo(ChronoUnit.SECONDS));
    }
}
