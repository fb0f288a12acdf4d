package io.mediaplane.secretsmanager;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mediaplane.secretsmanager.SecretShapes.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Wire shapes of ListSecrets: filters, sorting, paging and the entries. */
final class ListShapes {
    private ListShapes() {}

    /** A filter's key; {@code toString} is the wire name, as validation errors list them. */
    enum FilterKey {
        @JsonProperty("description")
        DESCRIPTION("description"),
        @JsonProperty("name")
        NAME("name"),
        @JsonProperty("tag-key")
        TAG_KEY("tag-key"),
        @JsonProperty("tag-value")
        TAG_VALUE("tag-value"),
        @JsonProperty("primary-region")
        PRIMARY_REGION("primary-region"),
        @JsonProperty("owning-service")
        OWNING_SERVICE("owning-service"),
        @JsonProperty("all")
        ALL("all");

        private final String wire;

        FilterKey(String wire) {
            this.wire = wire;
        }

        @Override
        public String toString() {
            return wire;
        }
    }

    enum SortOrder {
        @JsonProperty("asc")
        ASC,
        @JsonProperty("desc")
        DESC;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    enum SortBy {
        @JsonProperty("created-date")
        CREATED_DATE,
        @JsonProperty("last-accessed-date")
        LAST_ACCESSED_DATE,
        @JsonProperty("last-changed-date")
        LAST_CHANGED_DATE,
        @JsonProperty("name")
        NAME;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    record Filter(FilterKey key, @Size(min = 1, max = 10) List<@NotNull String> values) {}

    record ListSecretsInput(
            Boolean includePlannedDeletion,
            @Min(1) @Max(100) Integer maxResults,
            @Size(min = 1, max = 4096) String nextToken,
            @Size(max = 10) List<@Valid @NotNull Filter> filters,
            SortOrder sortOrder,
            SortBy sortBy) {}

    record SecretListEntry(
            @JsonProperty("ARN") String arn,
            String name,
            String description,
            String kmsKeyId,
            Instant lastChangedDate,
            Instant lastAccessedDate,
            Instant deletedDate,
            List<Tag> tags,
            Map<String, List<String>> secretVersionsToStages,
            Instant createdDate) {}

    record ListSecretsOutput(List<SecretListEntry> secretList, String nextToken) {}
}
