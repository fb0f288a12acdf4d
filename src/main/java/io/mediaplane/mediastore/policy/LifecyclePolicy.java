package io.mediaplane.mediastore.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mediaplane.auth.policy.PolicyDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A validated MediaStore object lifecycle policy: {@code {"rules": [{"definition": {"path": [...],
 * "days_since_create" | "seconds_since_create": [{"numeric": [">" | ">=", N]}]}, "action": "EXPIRE" |
 * "ARCHIVE"}]}}, 1 to 10 rules. The text is kept verbatim so GetLifecyclePolicy returns what was put.
 *
 * <p>Transient data rules ({@code seconds_since_create}) only apply to objects added after the policy took
 * effect: pass that instant to {@link #expiresAt(String, Instant, Instant)}.
 */
public final class LifecyclePolicy {
    /** Maximum length of the LifecyclePolicy string in PutLifecyclePolicy. */
    public static final int MAX_LENGTH = 8192;
    /** Maximum number of rules in one policy. */
    public static final int MAX_RULES = 10;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Parsed stored policies by their text (see {@link #stored}); bounded, cleared when full. */
    private static final int STORED_LIMIT = 1024;

    private static final ConcurrentHashMap<String, Optional<LifecyclePolicy>> STORED = new ConcurrentHashMap<>();

    private final String originalJson;
    private final List<LifecycleRule> rules;

    private LifecyclePolicy(String originalJson, List<LifecycleRule> rules) {
        this.originalJson = originalJson;
        this.rules = List.copyOf(rules);
    }

    /**
     * Parses and validates a MediaStore lifecycle policy document as AWS validates it.
     *
     * @throws LifecyclePolicyException with a message naming the offending element
     */
    public static LifecyclePolicy parse(String json) {
        if (json == null || json.isBlank()) {
            throw new LifecyclePolicyException("Lifecycle policy must not be empty");
        }
        if (json.length() > MAX_LENGTH) {
            throw new LifecyclePolicyException(
                    "Lifecycle policy is " + json.length() + " characters; the maximum is " + MAX_LENGTH);
        }
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0xFF || c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new LifecyclePolicyException(String.format(
                        "Lifecycle policy contains character U+%04X at offset %d; only tab, newline, carriage"
                                + " return and U+0020-U+00FF are allowed",
                        (int) c, i));
            }
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new LifecyclePolicyException("Lifecycle policy is not valid JSON" + PolicyDocument.problem(e));
        }
        LifecycleRuleParser.requireObject(root, "Lifecycle policy", Set.of("rules"));
        JsonNode rulesNode = root.get("rules");
        if (rulesNode == null) {
            throw new LifecyclePolicyException("Lifecycle policy is missing the required rules element");
        }
        if (!rulesNode.isArray() || rulesNode.isEmpty()) {
            throw new LifecyclePolicyException("rules must be a non-empty array");
        }
        if (rulesNode.size() > MAX_RULES) {
            throw new LifecyclePolicyException(
                    "rules has " + rulesNode.size() + " entries; a lifecycle policy can contain at most " + MAX_RULES);
        }
        List<LifecycleRule> rules = new ArrayList<>();
        for (int i = 0; i < rulesNode.size(); i++) {
            rules.add(LifecycleRuleParser.parse(rulesNode.get(i), "rules[" + i + "]"));
        }
        return new LifecyclePolicy(json, rules);
    }

    /**
     * A policy as stored on a container (validated when it was put), parsed once per distinct text and
     * shared by the data plane's readers, the sweeper and the access log; empty for {@code null} or for
     * text that no longer parses (nothing to apply).
     */
    public static Optional<LifecyclePolicy> stored(String json) {
        if (json == null) {
            return Optional.empty();
        }
        Optional<LifecyclePolicy> policy = STORED.get(json);
        if (policy == null) {
            if (STORED.size() >= STORED_LIMIT) {
                STORED.clear();
            }
            try {
                policy = Optional.of(parse(json));
            } catch (LifecyclePolicyException e) {
                policy = Optional.empty();
            }
            STORED.put(json, policy);
        }
        return policy;
    }

    /** The rules in document order. */
    public List<LifecycleRule> rules() {
        return rules;
    }

    /**
     * When an object at {@code path} (container-relative, e.g. {@code Football/game1/seg1.ts}; a leading slash is
     * ignored) created at {@code createdAt} must be deleted: the earliest {@link LifecycleRule#dueAt} among
     * matching EXPIRE rules, or empty if none matches. The object is expired at any instant not before this one.
     */
    public Optional<Instant> expiresAt(String path, Instant createdAt) {
        return earliest(LifecycleRule.Action.EXPIRE, path, createdAt, Instant.MIN);
    }

    /**
     * As {@link #expiresAt(String, Instant)} for a policy that took effect at {@code effectiveSince}: transient
     * data rules (seconds) apply only to objects added from then on, as MediaStore documents; delete-object rules
     * (days) apply to every object.
     */
    public Optional<Instant> expiresAt(String path, Instant createdAt, Instant effectiveSince) {
        return earliest(LifecycleRule.Action.EXPIRE, path, createdAt, effectiveSince);
    }

    /**
     * When an object would move to the infrequent access storage class under a matching ARCHIVE rule, or empty.
     * Mediaplane only records this; it does not change how the object is stored or billed.
     */
    public Optional<Instant> archiveAt(String path, Instant createdAt) {
        return earliest(LifecycleRule.Action.ARCHIVE, path, createdAt, Instant.MIN);
    }

    private Optional<Instant> earliest(
            LifecycleRule.Action action, String path, Instant createdAt, Instant effectiveSince) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        boolean addedBeforePolicy = createdAt.isBefore(effectiveSince);
        return rules.stream()
                .filter(r -> r.action() == action && r.matches(relative))
                .filter(r -> !(addedBeforePolicy && r.kind() == LifecycleRule.Kind.TRANSIENT_DATA))
                .map(r -> r.dueAt(createdAt))
                .min(Instant::compareTo);
    }

    /** The policy text exactly as it was put. */
    public String originalJson() {
        return originalJson;
    }

    @Override
    public String toString() {
        return originalJson;
    }
}
