package io.mediaplane.auth;

import io.mediaplane.aws.Echo;

/**
 * An authentication failure, carrying the AWS error code and HTTP status to answer with.
 *
 * <p>The message is meant for the client. {@link #diagnostic()} may carry more (the canonical
 * request and string to sign the server computed) for the server log only. No stack trace is
 * recorded: these are expected outcomes, and cheap to throw.
 */
public final class AuthFailure extends RuntimeException {

    /** Unknown access key (403). */
    public static final String UNRECOGNIZED_CLIENT = "UnrecognizedClientException";
    /** Signature mismatch, expired or not yet valid (403). */
    public static final String INVALID_SIGNATURE = "InvalidSignatureException";
    /** Authorization or presign parameters malformed or incomplete (400). */
    public static final String INCOMPLETE_SIGNATURE = "IncompleteSignatureException";
    /** No authentication at all (403). */
    public static final String MISSING_AUTHENTICATION_TOKEN = "MissingAuthenticationTokenException";

    private final String code;
    private final int status;
    private final String diagnostic;

    public AuthFailure(String code, int status, String message) {
        this(code, status, message, null);
    }

    /** As {@link #AuthFailure(String, int, String)} with server-side detail for logs. */
    public AuthFailure(String code, int status, String message, String diagnostic) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.diagnostic = diagnostic;
    }

    /** The AWS error code, e.g. {@code InvalidSignatureException}. */
    public String code() {
        return code;
    }

    /** The HTTP status to answer with (400 or 403). */
    public int status() {
        return status;
    }

    /** Server-side detail for logs (never for the client), or null. */
    public String diagnostic() {
        return diagnostic;
    }

    static AuthFailure incomplete(String message) {
        return new AuthFailure(INCOMPLETE_SIGNATURE, 400, message);
    }

    static AuthFailure invalidSignature(String message) {
        return new AuthFailure(INVALID_SIGNATURE, 403, message);
    }

    /** @param hint which keys the server knows ({@link CredentialStore#hint()}) */
    static AuthFailure unrecognizedClient(String accessKeyId, String hint) {
        return new AuthFailure(
                UNRECOGNIZED_CLIENT,
                403,
                "The security token included in the request is invalid. Access key " + Echo.quote(accessKeyId)
                        + " is unknown; " + hint);
    }

    /** The caller's own key is named, never the account it belongs to. */
    static AuthFailure signatureMismatch(Credential credential, String diagnostic, String hint) {
        return new AuthFailure(
                INVALID_SIGNATURE,
                403,
                "The request signature we calculated does not match the "
                        + "signature you provided. Check your AWS Secret Access Key and signing method. Mediaplane checked "
                        + "it with the secret it has for access key '" + credential.accessKeyId() + "'; " + hint
                        + " A proxy that rewrites the path, query or a signed header also breaks the signature.",
                diagnostic);
    }

    /** A header that selects or shapes the operation was sent but left out of the signature. */
    static AuthFailure unsignedHeader(String header, boolean presigned) {
        return new AuthFailure(
                INVALID_SIGNATURE,
                403,
                Echo.quote(header) + " must be a 'SignedHeader' in the AWS "
                        + (presigned ? "X-Amz-SignedHeaders" : "Authorization") + ".");
    }

    static AuthFailure missingAuthentication() {
        return new AuthFailure(MISSING_AUTHENTICATION_TOKEN, 403, "Missing Authentication Token");
    }
}
