package io.mediaplane.auth;

import io.mediaplane.aws.Echo;
import java.util.List;
import java.util.Optional;

/**
 * The parsed credential scope of a signed request: where it claims to come from. Nothing here is
 * verified; use it to route (the service tells MediaTailor, MediaPackage VOD and MediaConnect apart),
 * then let {@link SigV4Verifier} check the signature.
 *
 * @param accessKeyId the access key id
 * @param date        the scope date, {@code yyyyMMdd}
 * @param region      the region, e.g. {@code us-east-1}
 * @param service     the signing name, e.g. {@code mediastore}
 */
public record SignatureScope(String accessKeyId, String date, String region, String service) {

    static final String TERMINATOR = "aws4_request";

    /**
     * From "Authorization: AWS4-HMAC-SHA256 Credential=..." or the X-Amz-Credential query parameter;
     * empty when the request is unsigned. Malformed -> AuthFailure (IncompleteSignatureException).
     */
    public static Optional<SignatureScope> of(SignedRequest request) {
        List<String> authorization = request.headerValues("Authorization");
        if (!authorization.isEmpty()) {
            return Optional.of(AuthorizationHeader.parse(authorization).scope());
        }
        QueryParams query = QueryParams.parse(request.rawQuery());
        if (PresignParams.present(query)) {
            return Optional.of(PresignParams.parse(query).scope());
        }
        return Optional.empty();
    }

    /** {@code date/region/service/aws4_request}, the scope line of the string to sign. */
    String credentialScope() {
        return date + '/' + region + '/' + service + '/' + TERMINATOR;
    }

    /**
     * Parses {@code AKID/yyyyMMdd/region/service/aws4_request}, splitting from the right so that
     * only the access key id could contain a '/'.
     */
    static SignatureScope parse(String credential) {
        int t = credential.lastIndexOf('/');
        int s = t > 0 ? credential.lastIndexOf('/', t - 1) : -1;
        int r = s > 0 ? credential.lastIndexOf('/', s - 1) : -1;
        int d = r > 0 ? credential.lastIndexOf('/', r - 1) : -1;
        if (d <= 0) {
            throw AuthFailure.incomplete("Incorrect credential scope " + Echo.quote(credential)
                    + ": expected '<access key id>/<yyyyMMdd>/<region>/<service>/aws4_request'.");
        }
        String terminator = credential.substring(t + 1);
        if (!TERMINATOR.equals(terminator)) {
            throw AuthFailure.incomplete("Credential should be scoped with a valid terminator: 'aws4_request', not "
                    + Echo.quote(terminator) + ".");
        }
        String date = credential.substring(d + 1, r);
        if (!AmzDate.isScopeDate(date)) {
            throw AuthFailure.incomplete(
                    "Credential should be scoped to a date in yyyyMMdd form, not " + Echo.quote(date) + ".");
        }
        if (r + 1 == s) {
            throw AuthFailure.incomplete("Credential should be scoped to a valid region, not ''.");
        }
        if (s + 1 == t) {
            throw AuthFailure.incomplete("Credential should be scoped to correct service, not ''.");
        }
        return new SignatureScope(
                credential.substring(0, d), date, credential.substring(r + 1, s), credential.substring(s + 1, t));
    }
}
