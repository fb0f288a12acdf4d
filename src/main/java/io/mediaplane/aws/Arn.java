package io.mediaplane.aws;

import java.util.Optional;

/**
 * An Amazon Resource Name, {@code arn:<partition>:<service>:<region>:<account>:<resource>}. The
 * resource part keeps its colons and slashes (e.g. MediaConnect's {@code flow:<id>:<name>},
 * MediaStore's {@code container/<name>}); region and account may be empty (IAM, S3).
 */
public record Arn(String partition, String service, String region, String account, String resource) {
    /** An ARN of this server's resources (partition {@code aws}). */
    public static Arn of(String service, String region, String account, String resource) {
        return new Arn("aws", service, region, account, resource);
    }

    /** The root user of an account, as AWS names a caller signed with that account's keys. */
    public static String accountRoot(String account) {
        return new Arn("aws", "iam", "", account, "root").toString();
    }

    /** The six parts of {@code text}, or empty when it is not shaped as an ARN (resource not empty). */
    public static Optional<Arn> parse(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return Optional.empty();
        }
        String[] p = text.split(":", 6);
        if (p.length != 6 || p[5].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Arn(p[1], p[2], p[3], p[4], p[5]));
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
