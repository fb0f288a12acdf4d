package io.mediaplane.auth.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mediaplane.aws.Echo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed, validated IAM policy document, as attached to a resource (a MediaStore container policy, and
 * later a MediaTailor channel policy). Parsing enforces MediaStore's ContainerPolicy constraints (1 to 8192
 * ASCII characters), the IAM policy grammar, and the resource-policy rule that every statement names its
 * principals. The original text is kept so that a Get returns exactly what was Put.
 */
public final class PolicyDocument {
    /** Maximum length of a MediaStore ContainerPolicy string. */
    public static final int MAX_LENGTH = 8192;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> KEYS = Set.of("Version", "Id", "Statement");

    private final String originalJson;
    private final String version;
    private final String id;
    private final List<Statement> statements;

    private PolicyDocument(String originalJson, String version, String id, List<Statement> statements) {
        this.originalJson = originalJson;
        this.version = version;
        this.id = id;
        this.statements = List.copyOf(statements);
    }

    /**
     * Parses and validates a policy document.
     *
     * @throws PolicyException naming the offending element when the document is not a valid policy
     */
    public static PolicyDocument parse(String json) {
        if (json == null || json.isEmpty()) {
            throw new PolicyException("Policy document must not be empty");
        }
        if (json.length() > MAX_LENGTH) {
            throw new PolicyException(
                    "Policy document is " + json.length() + " characters; the maximum is " + MAX_LENGTH);
        }
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) > 0x7F) {
                throw new PolicyException("Policy document contains a non-ASCII character at offset " + i);
            }
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PolicyException("Policy document is not valid JSON" + problem(e));
        }
        if (root == null || !root.isObject()) {
            throw new PolicyException("Policy document must be a JSON object");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!KEYS.contains(name)) {
                throw new PolicyException("Policy document has unknown top-level element " + Echo.quote(name));
            }
        });
        String version = "2008-10-17"; // IAM's default when Version is absent
        if (root.has("Version")) {
            JsonNode v = root.get("Version");
            if (!v.isTextual()
                    || !(v.asText().equals("2012-10-17") || v.asText().equals("2008-10-17"))) {
                throw new PolicyException("Version must be \"2012-10-17\" or \"2008-10-17\"");
            }
            version = v.asText();
        }
        String id = null;
        if (root.has("Id")) {
            if (!root.get("Id").isTextual()) {
                throw new PolicyException("Id must be a string");
            }
            id = root.get("Id").asText();
        }
        JsonNode statementNode = root.get("Statement");
        if (statementNode == null) {
            throw new PolicyException("Policy document is missing the required Statement element");
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (statementNode.isArray()) {
            if (statementNode.isEmpty()) {
                throw new PolicyException("Statement must not be an empty array");
            }
            statementNode.forEach(nodes::add);
        } else if (statementNode.isObject()) {
            nodes.add(statementNode);
        } else {
            throw new PolicyException("Statement must be an object or an array of objects");
        }
        List<Statement> statements = new ArrayList<>();
        Set<String> sids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Statement s = StatementParser.parse(nodes.get(i), "Statement[" + i + "]");
            if (s.sid() != null && !s.sid().isEmpty() && !sids.add(s.sid())) {
                throw new PolicyException(
                        "Statement[" + i + "].Sid " + Echo.quote(s.sid()) + " is not unique in the policy");
            }
            statements.add(s);
        }
        return new PolicyDocument(json, version, id, statements);
    }

    /** The statements, in document order. */
    public List<Statement> statements() {
        return statements;
    }

    /** The policy language version; {@code 2008-10-17} when the document omits Version, as in IAM. */
    public String version() {
        return version;
    }

    /** The optional policy Id, or {@code null}. */
    public String id() {
        return id;
    }

    /** The document exactly as it was parsed, for returning it unchanged on Get. */
    public String originalJson() {
        return originalJson;
    }

    @Override
    public String toString() {
        return originalJson;
    }

    /**
     * What is wrong with a JSON document and where, in the client's terms: a duplicated member is
     * named, anything else is only located (the parser's own wording names its internals).
     */
    public static String problem(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int open = original.indexOf('\'');
        int close = original.lastIndexOf('\'');
        String what = original.startsWith("Duplicate field ") && open < close
                ? ": Duplicate field " + Echo.quote(original.substring(open + 1, close))
                : ": " + (e.getLocation() != null && e.getLocation().getLineNr() > 0 ? "syntax error" : "unreadable");
        return e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? what
                : what + " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
    }
}
