package io.mediaplane.secretsmanager;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mediaplane.protocol.Sensitive;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Wire shapes of GetSecretValue and PutSecretValue; values are {@link Sensitive}. */
final class ValueShapes {
    private ValueShapes() {}

    record GetSecretValueInput(
            @NotNull @Size(min = 1, max = 2048) String secretId,
            @Size(min = 32, max = 64) String versionId,
            @Size(min = 1, max = 256) String versionStage) {}

    record GetSecretValueOutput(
            @JsonProperty("ARN") String arn,
            String name,
            String versionId,
            byte[] secretBinary,
            String secretString,
            List<String> versionStages,
            Instant createdDate) {
        /** Never prints the value. */
        @Override
        public String toString() {
            return "GetSecretValueOutput[" + arn + ", " + versionId + ", value redacted]";
        }
    }

    record PutSecretValueInput(
            @NotNull @Size(min = 1, max = 2048) String secretId,
            @Size(min = 32, max = 64) String clientRequestToken,
            @Sensitive @Size(min = 1, max = 65536) byte[] secretBinary,
            @Sensitive @Size(min = 1, max = 65536) String secretString,
            @Size(min = 1, max = 20) List<@NotNull @Size(min = 1, max = 256) String> versionStages,
            @Sensitive String rotationToken) {
        /** Never prints the value (inputs may be logged). */
        @Override
        public String toString() {
            return "PutSecretValueInput[secretId=" + secretId + ", value redacted]";
        }
    }

    record PutSecretValueOutput(
            @JsonProperty("ARN") String arn, String name, String versionId, List<String> versionStages) {}
}
