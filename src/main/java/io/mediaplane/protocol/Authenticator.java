package io.mediaplane.protocol;

import io.mediaplane.auth.AuthFailure;
import io.mediaplane.auth.Caller;
import io.mediaplane.auth.CredentialStore;
import io.mediaplane.auth.SigV4Verifier;
import io.mediaplane.auth.SignatureScope;
import io.mediaplane.aws.Echo;
import io.mediaplane.aws.Regions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Decides who a request comes from: SigV4 verification in {@code verify} mode, trust in
 * {@code none} mode (account from a 12-digit access key, else the default account).
 */
public final class Authenticator {
    /** How requests are authenticated. */
    public enum Mode {
        VERIFY,
        NONE
    }

    private final Mode mode;
    private final SigV4Verifier verifier;
    private final String defaultRegion;
    private final Regions regions;

    /**
     * @param defaultRegion the region of unsigned requests
     * @param regions       the regions a credential scope may name
     */
    public Authenticator(Mode mode, SigV4Verifier verifier, String defaultRegion, Regions regions) {
        this.mode = mode;
        this.verifier = verifier;
        this.defaultRegion = defaultRegion;
        this.regions = regions;
    }

    /** The credential scope the request claims, if it is signed. */
    Optional<SignatureScope> scope(MeteredExchange exchange) {
        return SignatureScope.of(exchange);
    }

    /**
     * Authenticates a routed request.
     *
     * @param body the buffered body, or null when the operation streams it
     */
    Identity authenticate(MeteredExchange exchange, Optional<SignatureScope> scope, byte[] body, ServiceSpec spec) {
        Identity identity = authenticate(exchange, scope, () -> sha256(body), spec);
        String declared = exchange.header("x-amz-content-sha256");
        if (body != null
                && identity.accessKeyId() != null
                && mode == Mode.VERIFY
                && isHexHash(declared)
                && !declared.equalsIgnoreCase(sha256(body))) {
            throw payloadMismatch();
        }
        return identity;
    }

    /** The error for a body whose SHA-256 is not the x-amz-content-sha256 the request was signed with. */
    public static AuthFailure payloadMismatch() {
        return new AuthFailure(
                "InvalidSignatureException",
                403,
                "The x-amz-content-sha256 header does not match" + " the SHA-256 of the request body.");
    }

    /**
     * Authenticates a request whose body is streamed. {@code bodySha256} is asked for the body's
     * hex SHA-256 only when the request is signed over its body without declaring the hash in
     * x-amz-content-sha256; when the header declares a hex hash, checking the streamed body
     * against it ({@link #declaredPayloadHash}) is the caller's job.
     */
    Identity authenticate(
            MeteredExchange exchange,
            Optional<SignatureScope> scope,
            java.util.function.Supplier<String> bodySha256,
            ServiceSpec spec) {
        if (scope.isEmpty()) {
            if (mode == Mode.NONE) {
                return new Identity(null, CredentialStore.DEFAULT_ACCOUNT, defaultRegion);
            }
            if (spec.anonymousAllowed()) {
                return new Identity(null, null, defaultRegion);
            }
            throw new AuthFailure(
                    "MissingAuthenticationTokenException",
                    403,
                    "Request is missing Authentication Token. Sign requests with SigV4"
                            + (verifier == null ? "." : "; " + verifier.credentialsHint()));
        }
        SignatureScope s = scope.get();
        if (mode == Mode.NONE) {
            String key = s.accessKeyId();
            String account = key.length() == 12 && key.chars().allMatch(Character::isDigit)
                    ? key
                    : CredentialStore.DEFAULT_ACCOUNT;
            return new Identity(key, account, s.region());
        }
        Caller caller = verifier.verify(exchange, bodySha256);
        if (spec.signsBody() && !isHexHash(caller.payloadHash()) && exchange.header("Authorization") != null) {
            throw new AuthFailure(
                    AuthFailure.INVALID_SIGNATURE,
                    403,
                    "The request signature we calculated does not match the signature you provided: " + spec.name()
                            + " requires the signature to cover the request body, so x-amz-content-sha256 must be"
                            + " the hex SHA-256 of the body, not " + Echo.quote(caller.payloadHash()) + ".");
        }
        if (!caller.unsignedPayload() && !isHexHash(caller.payloadHash())) {
            throw new AuthFailure(
                    "InvalidSignatureException",
                    400,
                    "x-amz-content-sha256 " + Echo.quote(caller.payloadHash())
                            + " is not supported here: send UNSIGNED-PAYLOAD or the hex SHA-256 of the body");
        }
        return new Identity(caller.accessKeyId(), caller.accountId(), caller.region());
    }

    /**
     * The credential scope must name the service's signing name and a region requests may use (on a
     * resource's own endpoint, the resource's region), as AWS checks before the signature itself.
     * Checked before any body is read; unsigned requests have nothing to check.
     *
     * @param region the addressed resource's region ({@link Endpoint#region}), or null
     */
    void requireScopeFits(Optional<SignatureScope> signed, ServiceSpec spec, String region) {
        if (signed.isEmpty()) {
            return;
        }
        SignatureScope scope = signed.get();
        if (!scope.service().equals(spec.signingName())) {
            throw new AuthFailure(
                    AuthFailure.INVALID_SIGNATURE,
                    403,
                    "Credential should be scoped to correct service: '" + spec.signingName() + "'.");
        }
        if (region != null ? !region.equals(scope.region()) : !regions.known(scope.region())) {
            throw new AuthFailure(
                    AuthFailure.INVALID_SIGNATURE,
                    403,
                    "Credential should be scoped to a valid region, not " + Echo.quote(scope.region()) + ".");
        }
    }

    /**
     * Whether a signed request's signature covers its body without the request declaring the hash
     * in x-amz-content-sha256: then the body must be read before the signature can be checked.
     */
    boolean needsBodyToVerify(MeteredExchange exchange, Optional<SignatureScope> scope) {
        return mode == Mode.VERIFY && scope.isPresent() && exchange.header("x-amz-content-sha256") == null;
    }

    /** The hex SHA-256 a signed request declares for its body, lower case, or null when it declares none. */
    static String declaredPayloadHash(MeteredExchange exchange) {
        String declared = exchange.header("x-amz-content-sha256");
        return isHexHash(declared) ? declared.toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static boolean isHexHash(String value) {
        return value != null && value.length() == 64 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
