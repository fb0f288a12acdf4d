package io.mediaplane.mediastore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Wire shapes of the container, CORS, lifecycle and metric policy operations. */
public final class PolicyShapes {
    private PolicyShapes() {}

    public record PutContainerPolicyInput(
            @NotNull @Size(min = 1, max = 255) @Pattern(regexp = ContainerShapes.NAME)
            String containerName,

            @NotNull @Size(min = 1, max = 8192) @Pattern(regexp = "[\\x00-\\x7F]+")
            String policy) {}

    public record GetContainerPolicyOutput(String policy) {}

    public enum MethodName {
        PUT,
        GET,
        DELETE,
        HEAD
    }

    public record CorsRule(
            @NotNull @Size(min = 1, max = 100) List<@NotNull @Size(min = 1, max = 2048) String> allowedOrigins,
            @NotNull @Size(min = 1, max = 4) List<@NotNull MethodName> allowedMethods,
            @NotNull @Size(max = 100) List<@NotNull @Size(max = 8192) String> allowedHeaders,
            @Min(0) @Max(2147483647) Integer maxAgeSeconds,
            @Size(max = 100) List<@NotNull @Size(max = 8192) String> exposeHeaders) {}

    public record PutCorsPolicyInput(
            @NotNull @Size(min = 1, max = 255) @Pattern(regexp = ContainerShapes.NAME)
            String containerName,

            @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull CorsRule> corsPolicy) {}

    public record GetCorsPolicyOutput(List<CorsRule> corsPolicy) {}

    public record PutLifecyclePolicyInput(
            @NotNull @Size(min = 1, max = 255) @Pattern(regexp = ContainerShapes.NAME)
            String containerName,

            @NotNull @Size(max = 8192) @Pattern(regexp = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+")
            String lifecyclePolicy) {}

    public record GetLifecyclePolicyOutput(String lifecyclePolicy) {}

    public enum ContainerLevelMetrics {
        ENABLED,
        DISABLED
    }

    public record MetricPolicyRule(
            @NotNull
            @Size(min = 1, max = 900)
            @Pattern(regexp = "/?(?:[A-Za-z0-9_=:\\.\\-\\~\\*]+/){0,10}(?:[A-Za-z0-9_=:\\.\\-\\~\\*]+)?/?")
            String objectGroup,

            @NotNull @Size(min = 1, max = 30) @Pattern(regexp = "[a-zA-Z0-9_]+")
            String objectGroupName) {}

    public record MetricPolicy(
            @NotNull ContainerLevelMetrics containerLevelMetrics,
            @Size(min = 1, max = 300) List<@Valid @NotNull MetricPolicyRule> metricPolicyRules) {}

    public record PutMetricPolicyInput(
            @NotNull @Size(min = 1, max = 255) @Pattern(regexp = ContainerShapes.NAME)
            String containerName,

            @NotNull @Valid MetricPolicy metricPolicy) {}

    public record GetMetricPolicyOutput(MetricPolicy metricPolicy) {}
}
