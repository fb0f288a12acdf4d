package io.mediaplane.mediatailor;

import io.mediaplane.aws.Arn;
import io.mediaplane.store.Scope;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MediaTailor ARNs as AWS forms them: {@code arn:aws:mediatailor:<region>:<account>:<type>/<name>}
 * for playback configurations, channels and source locations, and
 * {@code vodSource/<source location>/<name>} for VOD sources.
 */
final class Arns {
    static final String PLAYBACK_CONFIGURATION = "playbackConfiguration";
    static final String CHANNEL = "channel";
    static final String SOURCE_LOCATION = "sourceLocation";
    static final String VOD_SOURCE = "vodSource";

    private static final Pattern ARN = Pattern.compile(
            "arn:aws:mediatailor:([a-z0-9-]+):(\\d{12}):(playbackConfiguration|channel|sourceLocation|vodSource)/(.+)");

    /** A parsed MediaTailor ARN: the scope it names, its resource type and the rest (the name, or names). */
    record Parsed(Scope scope, String type, String name) {}

    private Arns() {}

    static String arn(Scope scope, String type, String name) {
        return Arn.of("mediatailor", scope.region(), scope.accountId(), type + "/" + name)
                .toString();
    }

    /** Parses a resource ARN from a request; BadRequestException when it is not a MediaTailor ARN. */
    static Parsed parse(String arn) {
        Matcher m = arn == null ? null : ARN.matcher(arn);
        if (m == null || !m.matches()) {
            throw MediaTailorError.badRequest("'" + arn + "' is not a MediaTailor resource ARN"
                    + " (arn:aws:mediatailor:<region>:<account>:playbackConfiguration/<name>)");
        }
        return new Parsed(new Scope(m.group(2), m.group(1)), m.group(3), m.group(4));
    }
}
