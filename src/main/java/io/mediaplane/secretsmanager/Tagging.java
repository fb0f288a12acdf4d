package io.mediaplane.secretsmanager;

import io.mediaplane.aws.Tags;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.secretsmanager.SecretShapes.EmptyOutput;
import io.mediaplane.secretsmanager.SecretShapes.Tag;
import io.mediaplane.secretsmanager.SecretShapes.TagResourceInput;
import io.mediaplane.secretsmanager.SecretShapes.UntagResourceInput;
import io.mediaplane.store.Stored;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TagResource and UntagResource (Secrets Manager has no ListTagsForResource: DescribeSecret shows tags). */
final class Tagging {
    private final Secrets secrets;
    private final Versions versions;

    Tagging(Secrets secrets, Versions versions) {
        this.secrets = secrets;
        this.versions = versions;
    }

    EmptyOutput tagResource(RequestContext context, TagResourceInput in) {
        Map<String, String> added = toMap(in.tags());
        Stored<SecretRecord> secret = secrets.requireLive(context, in.secretId());
        long at = context.received().toEpochMilli();
        versions.change(
                Secrets.scope(context),
                secret.name(),
                secret.arn(),
                s -> s.withTags(Tags.merge(s.tags(), added, SecretsManagerError::validation), at));
        return new EmptyOutput();
    }

    EmptyOutput untagResource(RequestContext context, UntagResourceInput in) {
        Tags.checkKeys(in.tagKeys(), SecretsManagerError::validation);
        Stored<SecretRecord> secret = secrets.requireLive(context, in.secretId());
        long at = context.received().toEpochMilli();
        versions.change(Secrets.scope(context), secret.name(), secret.arn(), s -> {
            Map<String, String> tags = new LinkedHashMap<>(s.tags());
            in.tagKeys().forEach(tags::remove);
            return s.withTags(tags, at);
        });
        return new EmptyOutput();
    }

    static Map<String, String> toMap(List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        if (tags != null) {
            for (Tag t : tags) {
                map.put(t.key(), t.value() == null ? "" : t.value());
            }
        }
        return map;
    }

    /** The tags as the wire lists them; null (left out) when there are none. */
    static List<Tag> toList(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        List<Tag> list = new ArrayList<>();
        tags.forEach((k, v) -> list.add(new Tag(k, v)));
        return list;
    }
}
