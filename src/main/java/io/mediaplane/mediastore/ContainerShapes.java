package io.mediaplane.mediastore;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Wire shapes of the container operations (model names; PascalCase on the wire by the service's mapper). */
public final class ContainerShapes {
    static final String NAME = "[\\w-]+";

    private ContainerShapes() {}

    public enum ContainerStatus {
        ACTIVE,
        CREATING,
        DELETING
    }

    public record Container(
            String endpoint,
            Instant creationTime,
            @JsonProperty("ARN") String arn,
            String name,
            ContainerStatus status,
            Boolean accessLoggingEnabled) {}

    public record Tag(
            @NotNull @Size(min = 1, max = 128) String key,
            @Size(max = 256) String value) {}

    public record CreateContainerInput(
            @NotNull @Size(min = 1, max = 255) @Pattern(regexp = NAME)
            String containerName,

            @Size(min = 1, max = 200) List<@Valid @NotNull Tag> tags) {}

    public record CreateContainerOutput(Container container) {}

    public record DescribeContainerInput(
            @Size(min = 1, max = 255) @Pattern(regexp = NAME)
            String containerName) {}

    public record DescribeContainerOutput(Container container) {}

    public record ListContainersInput(
            @Size(min = 1, max = 1024) @Pattern(regexp = "[0-9A-Za-z=/+]+")
            String nextToken,

            @Min(1) @Max(100) Integer maxResults) {}

    public record ListContainersOutput(List<Container> containers, String nextToken) {}

    /** Input of every operation that names only a container. */
    public record ContainerNameInput(
            @NotNull @Size(min = 1, max = 255) @Pattern(regexp = NAME)
            String containerName) {}

    /** Output of every operation that answers nothing. */
    public record EmptyOutput() {}
}
