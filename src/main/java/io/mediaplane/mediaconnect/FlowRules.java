package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.ResourceShapes.Encryption;
import io.mediaplane.protocol.AwsException;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * MediaConnect's semantic rules that the model's shapes cannot say: names that fit in an ARN,
 * ports per protocol, CIDR blocks, destinations, and which protocols can carry encryption.
 */
final class FlowRules {
    /** Zixi's fixed ingest port: AWS always reports 2088 for zixi-push sources. */
    static final int ZIXI_PUSH_PORT = 2088;

    static final int MIN_INGEST_PORT = 1024;
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-zA-Z0-9_-]{1,128}");
    private static final java.util.regex.Pattern IPV4 =
            java.util.regex.Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final java.util.regex.Pattern CIDR =
            java.util.regex.Pattern.compile("(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})/(\\d{1,2})");
    private static final java.util.regex.Pattern ROLE_ARN =
            java.util.regex.Pattern.compile("arn:aws[a-zA-Z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");
    private static final java.util.regex.Pattern SECRET_ARN =
            java.util.regex.Pattern.compile("arn:aws[a-zA-Z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[\\w+=,.@/-]+");
    /** Protocols whose streams can be encrypted (AWS: Zixi and SRT only; RTP, RTP-FEC and RIST cannot). */
    private static final Set<String> ENCRYPTABLE = Set.of("zixi-push", "zixi-pull", "srt-listener", "srt-caller");
    /** Output protocols where the receiver connects to the flow, so there is no destination. */
    private static final Set<String> LISTENING_OUTPUTS = Set.of("zixi-pull", "srt-listener");

    private FlowRules() {}

    static AwsException bad(String message) {
        return new AwsException(MediaConnectError.BAD_REQUEST, message);
    }

    static void name(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw bad("The " + what + " name '" + name + "' is not valid: use 1 to 128 letters, digits, hyphens and"
                    + " underscores");
        }
    }

    /** The UDP ports a protocol binds from its base port: FEC on port+2 and port+4, RIST on port+1. */
    static int[] ports(String protocol, int port) {
        return switch (protocol) {
            case "rtp-fec" -> new int[] {port, port + 2, port + 4};
            case "rist" -> new int[] {port, port + 1};
            case "zixi-push" -> new int[0];
            default -> new int[] {port};
        };
    }

    /** A flow's two sources share its ingest address, so they need ports of their own (FEC's too). */
    static void distinctPorts(java.util.List<ResourceShapes.Source> sources) {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (ResourceShapes.Source s : sources) {
            if (s.entitlementArn() != null || s.ingestPort() == null || s.transport() == null) {
                continue;
            }
            for (int p : ports(s.transport().protocol(), s.ingestPort())) {
                if (!used.add(p)) {
                    throw bad("The flow's sources both use port " + p + "; give each source its own ports");
                }
            }
        }
    }

    static void ingestPort(String protocol, Integer port) {
        if (port == null) {
            throw bad("ingestPort is required for a " + protocol + " source");
        }
        int[] used = ports(protocol, port);
        int highest = used.length == 0 ? port : used[used.length - 1];
        if (port < MIN_INGEST_PORT || port > 65535 || highest > 65535) {
            throw bad("ingestPort " + port + " is not valid for " + protocol + ": it must be between " + MIN_INGEST_PORT
                    + " and " + (65535 - (highest - port)));
        }
    }

    static void outputTarget(String protocol, String destination, Integer port) {
        if (!LISTENING_OUTPUTS.contains(protocol) && (destination == null || !ipv4(destination))) {
            throw bad("A " + protocol + " output needs a destination IPv4 address, not '" + destination + "'");
        }
        if (port == null) {
            throw bad("A " + protocol + " output needs a port");
        }
        int[] used = ports(protocol, port);
        int highest = used.length == 0 ? port : used[used.length - 1];
        if (port < 1 || port > 65535 || highest > 65535) {
            throw bad("Output port " + port + " is not valid for " + protocol);
        }
    }

    static void whitelistCidr(String cidr) {
        if (cidr == null) {
            return;
        }
        Matcher m = CIDR.matcher(cidr);
        if (!m.matches() || !ipv4(m.group(1)) || Integer.parseInt(m.group(2)) > 32) {
            throw bad("whitelistCidr '" + cidr + "' is not an IPv4 CIDR block such as 10.0.0.0/16");
        }
    }

    static boolean ipv4(String text) {
        Matcher m = IPV4.matcher(text);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks encryption settings (null: none) for a stream of {@code protocol} (null: an
     * entitlement) and returns them with the default key type filled in.
     */
    static Encryption encryption(String member, Encryption e, String protocol) {
        if (e == null) {
            return null;
        }
        if (protocol != null && !ENCRYPTABLE.contains(protocol)) {
            throw bad(member + " is not available for " + protocol + ": only Zixi and SRT streams and entitlements"
                    + " can be encrypted");
        }
        String keyType = e.keyType() == null ? "static-key" : e.keyType();
        if (!ROLE_ARN.matcher(e.roleArn()).matches()) {
            throw bad(member + ".roleArn '" + e.roleArn() + "' is not an IAM role ARN");
        }
        if (!keyType.equals("speke")) {
            if (e.secretArn() == null || !SECRET_ARN.matcher(e.secretArn()).matches()) {
                throw bad(member + ".secretArn must be the ARN of a Secrets Manager secret for " + keyType
                        + " encryption, not '" + e.secretArn() + "'");
            }
        }
        if (keyType.equals("static-key") && e.algorithm() == null) {
            throw bad(member + ".algorithm (aes128, aes192 or aes256) is required for static-key encryption");
        }
        if (keyType.equals("srt-password") && protocol != null && !protocol.startsWith("srt")) {
            throw bad(member + ": srt-password encryption is only for SRT streams");
        }
        return new Encryption(e.algorithm(), keyType, e.roleArn(), e.secretArn(), e.other());
    }

    static void accountId(String account) {
        if (account == null || !account.matches("\\d{12}")) {
            throw bad("Subscriber '" + account + "' is not an AWS account id (12 digits)");
        }
    }
}
