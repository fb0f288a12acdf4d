package io.mediaplane.mediaconnect;

import io.mediaplane.aws.Arn;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.store.Scope;
import java.security.SecureRandom;
import java.util.regex.Matcher;

/**
 * MediaConnect ARNs as AWS forms them, {@code arn:aws:mediaconnect:<region>:<account>:<type>:<id>:<name>}
 * for flows, sources, outputs and entitlements. Ids are {@code <n>-<flow key>-<12 hex>}: every
 * id of a flow's parts carries the flow's 16-character key, so any ARN leads to its flow.
 */
final class Arns {
    private static final java.util.regex.Pattern OURS = java.util.regex.Pattern.compile(
            "arn:aws:mediaconnect:([a-z0-9-]+):(\\d{12}):(flow|source|output|entitlement):\\d-([A-Za-z0-9]{16})"
                    + "-[0-9a-f]{12}:([a-zA-Z0-9_-]+)");
    /** The model's pattern for any MediaConnect ARN in a path label. */
    private static final java.util.regex.Pattern ANY = java.util.regex.Pattern.compile("arn:.+:mediaconnect.+:.+");

    private static final char[] KEY_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A parsed ARN of one of this server's resources. */
    record Parsed(String arn, Scope scope, String type, String flowKey, String name) {}

    private Arns() {}

    static String newKey() {
        char[] key = new char[16];
        for (int i = 0; i < key.length; i++) {
            key[i] = KEY_CHARS[RANDOM.nextInt(KEY_CHARS.length)];
        }
        return new String(key);
    }

    /** A new id for a part of the flow with this key: 1 flow, 2 source, 3 output, 4 entitlement. */
    static String newId(int kind, String flowKey) {
        return kind + "-" + flowKey + "-" + String.format("%012x", RANDOM.nextLong() & 0xffffffffffffL);
    }

    static String arn(Scope scope, String type, String id, String name) {
        return Arn.of("mediaconnect", scope.region(), scope.accountId(), type + ":" + id + ":" + name)
                .toString();
    }

    /**
     * Parses an ARN expected to be of {@code type} (e.g. "flow"). Not an ARN at all, or an ARN of
     * another type: BadRequestException. Well-formed but not one of ours: NotFoundException.
     */
    static Parsed parse(String arn, String type, String member) {
        if (arn == null || !ANY.matcher(arn).matches() || !arn.contains(":" + type + ":")) {
            throw new AwsException(
                    MediaConnectError.BAD_REQUEST,
                    "'" + arn + "' at '" + member + "' is not a" + " MediaConnect " + type
                            + " ARN (arn:aws:mediaconnect:<region>:<account>:" + type + ":<id>:<name>)");
        }
        Matcher m = OURS.matcher(arn);
        if (!m.matches() || !m.group(3).equals(type)) {
            throw notFound(type, arn);
        }
        return new Parsed(arn, new Scope(m.group(2), m.group(1)), type, m.group(4), m.group(5));
    }

    static AwsException notFound(String type, String arn) {
        String what = switch (type) {
            case "flow" -> "Flow";
            case "source" -> "Source";
            case "output" -> "Output";
            default -> "Entitlement";
        };
        return new AwsException(MediaConnectError.NOT_FOUND, what + " not found: " + arn);
    }
}
