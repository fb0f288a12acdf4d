package io.mediaplane.mediapackagevod;

import io.mediaplane.aws.Arn;
import io.mediaplane.store.Scope;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MediaPackage VOD ARNs: {@code arn:aws:mediapackage-vod:<region>:<account>:<packaging-groups|packaging-configurations|assets>/<id>}. */
final class VodArns {
    static final String SERVICE = "mediapackage-vod";
    private static final Pattern FORM = Pattern.compile(
            "arn:aws:mediapackage-vod:([a-z0-9-]+):(\\d{12}):(packaging-groups|packaging-configurations|assets)/(.+)");

    /** A parsed ARN of one of the three resource types. */
    record Parsed(Scope scope, Kind kind, String id) {}

    private VodArns() {}

    static String arn(Scope scope, Kind kind, String id) {
        return Arn.of(SERVICE, scope.region(), scope.accountId(), kind.arnType + "/" + id)
                .toString();
    }

    /** Parses a resource ARN; anything else is UnprocessableEntityException naming the expected form. */
    static Parsed parse(String arn) {
        Matcher m = arn == null ? null : FORM.matcher(arn);
        if (m == null || !m.matches()) {
            throw VodError.unprocessable(
                    "'" + arn + "' at 'resourceArn' is not a MediaPackage VOD ARN"
                            + " (arn:aws:mediapackage-vod:<region>:<account>:<packaging-groups|packaging-configurations|assets>/<id>)");
        }
        return new Parsed(new Scope(m.group(2), m.group(1)), Kind.ofArnType(m.group(3)), m.group(4));
    }
}
