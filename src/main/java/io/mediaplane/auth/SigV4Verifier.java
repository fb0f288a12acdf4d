package io.mediaplane.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Verifies AWS Signature Version 4 requests, header-signed or presigned, exactly as botocore, the AWS
 * SDK for Java v2 and the JS v3 SDK sign them for non-S3 services. Thread-safe; keep one instance,
 * since it caches derived signing keys.
 */
public final class SigV4Verifier {

    /** How far a header-signed request's X-Amz-Date may be from the clock, as AWS allows. */
    public static final long MAX_SKEW_SECONDS = SigningTime.MAX_SKEW_SECONDS;

    private static final String SECURITY_TOKEN = "X-Amz-Security-Token";
    private static final String CONTENT_SHA256 = "x-amz-content-sha256";
    private static final byte[] UNSIGNED = Caller.UNSIGNED_PAYLOAD.getBytes(StandardCharsets.US_ASCII);

    private final CredentialStore credentials;
    private final Clock clock;
    private final SigningKeys keys = new SigningKeys();

    public SigV4Verifier(CredentialStore credentials, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Verifies a header-signed or presigned-query request.
     * bodySha256 supplies the lower-case hex SHA-256 of the (de-chunked) body; it is called only when the
     * request carries no x-amz-content-sha256 header (botocore does not send it for these services), so
     * callers that stream large bodies never have to buffer them when the header is present. For a
     * presigned request without one, UNSIGNED-PAYLOAD is tried first and the body hash only if that fails.
     *
     * @throws AuthFailure when the request is not correctly signed by a known credential, or (as
     *                     MissingAuthenticationTokenException) when it is not signed at all
     */
    public Caller verify(SignedRequest request, Supplier<String> bodySha256) {
        List<String> authorization = request.headerValues("Authorization");
        QueryParams query = QueryParams.parse(request.rawQuery());
        boolean presigned = PresignParams.present(query);
        if (!authorization.isEmpty()) {
            if (presigned) {
                throw AuthFailure.incomplete("Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                        + "parameter or the Authorization header should be specified.");
            }
            return verifyHeader(request, query, AuthorizationHeader.parse(authorization), bodySha256);
        }
        if (presigned) {
            return verifyPresigned(request, query, PresignParams.parse(query), bodySha256);
        }
        throw AuthFailure.missingAuthentication();
    }

    private Caller verifyHeader(
            SignedRequest request, QueryParams query, AuthorizationHeader auth, Supplier<String> bodySha256) {
        requireSigned(
                request,
                auth.headerNames(),
                "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        SignedHeaders.requireOperationHeadersSigned(request, auth.headerNames(), false);
        String amzDate = SigningTime.headerDate(request);
        SignatureScope scope = auth.scope();
        SigningTime.requireScopeDate(scope, amzDate);
        Credential credential = lookup(scope);
        SigningTime.requireWithinSkew(amzDate, nowSeconds());
        String payload = first(request.headerValues(CONTENT_SHA256));
        if (payload == null) {
            payload = Objects.requireNonNull(bodySha256.get(), "bodySha256 supplied null");
        }
        byte[] canonical = CanonicalRequest.withoutPayload(
                        request, query, false, auth.signedHeaders(), auth.headerNames())
                .getBytes(StandardCharsets.UTF_8);
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        if (!matches(credential, scope, amzDate, canonical, payloadBytes, auth.signature())) {
            throw mismatch(credential, scope, amzDate, canonical, payloadBytes);
        }
        return new Caller(credential.accessKeyId(), credential.accountId(), scope.region(), scope.service(), payload);
    }

    private Caller verifyPresigned(
            SignedRequest request, QueryParams query, PresignParams params, Supplier<String> bodySha256) {
        requireSigned(request, params.headerNames(), "'Host' must be a 'SignedHeader' in X-Amz-SignedHeaders.");
        SignedHeaders.requireOperationHeadersSigned(request, params.headerNames(), true);
        String amzDate = SigningTime.requireBasicFormat(params.amzDate());
        SignatureScope scope = params.scope();
        SigningTime.requireScopeDate(scope, amzDate);
        Credential credential = lookup(scope);
        SigningTime.requireUnexpired(amzDate, params.expiresSeconds(), nowSeconds());
        byte[] canonical = CanonicalRequest.withoutPayload(
                        request, query, true, params.signedHeaders(), params.headerNames())
                .getBytes(StandardCharsets.UTF_8);
        String declared =
                params.contentSha256() != null ? params.contentSha256() : first(request.headerValues(CONTENT_SHA256));
        byte[] first = declared != null ? declared.getBytes(StandardCharsets.UTF_8) : UNSIGNED;
        if (matches(credential, scope, amzDate, canonical, first, params.signature())) {
            return new Caller(
                    credential.accessKeyId(),
                    credential.accountId(),
                    scope.region(),
                    scope.service(),
                    declared != null ? declared : Caller.UNSIGNED_PAYLOAD);
        }
        if (declared == null) {
            String body = Objects.requireNonNull(bodySha256.get(), "bodySha256 supplied null");
            byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
            if (matches(credential, scope, amzDate, canonical, bodyBytes, params.signature())) {
                return new Caller(
                        credential.accessKeyId(), credential.accountId(), scope.region(), scope.service(), body);
            }
        }
        throw mismatch(credential, scope, amzDate, canonical, first);
    }

    private static void requireSigned(SignedRequest request, String[] headerNames, String hostMessage) {
        if (!CanonicalRequest.contains(headerNames, "host")) {
            throw AuthFailure.incomplete(hostMessage);
        }
        if (!request.headerValues(SECURITY_TOKEN).isEmpty()
                && !CanonicalRequest.contains(headerNames, SECURITY_TOKEN)) {
            throw AuthFailure.incomplete("'X-Amz-Security-Token' must be a signed header when it is sent as a header.");
        }
    }

    private long nowSeconds() {
        return Math.floorDiv(clock.millis(), 1000L);
    }

    /** Which keys the server knows, for the messages of requests that are not signed at all. */
    public String credentialsHint() {
        return credentials.hint();
    }

    private Credential lookup(SignatureScope scope) {
        return credentials
                .find(scope.accessKeyId())
                .orElseThrow(() -> AuthFailure.unrecognizedClient(scope.accessKeyId(), credentials.hint()));
    }

    private boolean matches(
            Credential credential,
            SignatureScope scope,
            String amzDate,
            byte[] canonical,
            byte[] payload,
            byte[] signature) {
        byte[] expected = SigningKeys.hmac(
                keys.signingKey(credential.secretAccessKey(), scope), stringToSign(scope, amzDate, canonical, payload));
        return signature != null && MessageDigest.isEqual(expected, signature);
    }

    private static byte[] stringToSign(SignatureScope scope, String amzDate, byte[] canonical, byte[] payload) {
        String hash = Hex.encode(SigningKeys.sha256(canonical, payload));
        return (AuthorizationHeader.ALGORITHM + '\n' + amzDate + '\n' + scope.credentialScope() + '\n' + hash)
                .getBytes(StandardCharsets.UTF_8);
    }

    private AuthFailure mismatch(
            Credential credential, SignatureScope scope, String amzDate, byte[] canonical, byte[] payload) {
        String canonicalRequest =
                new String(canonical, StandardCharsets.UTF_8) + new String(payload, StandardCharsets.UTF_8);
        String stringToSign = new String(stringToSign(scope, amzDate, canonical, payload), StandardCharsets.UTF_8);
        return AuthFailure.signatureMismatch(
                credential,
                "CanonicalRequest:\n" + canonicalRequest + "\nStringToSign:\n" + stringToSign,
                credentials.hint());
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
