package io.mediaplane.mediastore;

import io.mediaplane.mediastore.ContainerShapes.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Wire shapes of the tagging operations; resources are named by container ARN. */
public final class TagShapes {
    static final String ARN = "arn:aws:mediastore:[a-z]+-[a-z]+-\\d:\\d{12}:container/[\\w-]{1,255}";

    private TagShapes() {}

    public record TagResourceInput(
            @NotNull @Size(min = 1, max = 1024) @Pattern(regexp = ARN)
            String resource,

            @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull Tag> tags) {}

    public record UntagResourceInput(
            @NotNull @Size(min = 1, max = 1024) @Pattern(regexp = ARN)
            String resource,

            @NotNull List<@NotNull @Size(min = 1, max = 128) String> tagKeys) {}

    public record ListTagsForResourceInput(
            @NotNull @Size(min = 1, max = 1024) @Pattern(regexp = ARN)
            String resource) {}

    public record ListTagsForResourceOutput(List<Tag> tags) {}
}
