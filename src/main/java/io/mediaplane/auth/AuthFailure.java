package io.mediaplane.auth;

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

    static final String KEYS_HINT = "Mediaplane knows the default access key 'test' (secret 'test', account "
            + CredentialStore.DEFAULT_ACCOUNT + ") and those given with --credentials.";

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

    static AuthFailure unrecognizedClient(String accessKeyId) {
        return new AuthFailure(
                UNRECOGNIZED_CLIENT,
                403,
                "The security token included in the request is invalid. " + "Access key '" + accessKeyId
                        + "' is unknown; " + KEYS_HINT);
    }

    static AuthFailure signatureMismatch(Credential credential, String diagnostic) {
        return new AuthFailure(
                INVALID_SIGNATURE,
                403,
                "The request signature we calculated does not match the "
                        + "signature you provided. Check your AWS Secret Access Key and signing method. Mediaplane checked "
                        + "it with the secret it has for access key '" + credential.accessKeyId() + "' (account "
                        + credential.accountId() + "); " + KEYS_HINT
                        + " A proxy that rewrites the path, query or a signed header also breaks the signature.",
                diagnostic);
    }

    static AuthFailure missingAuthentication() {
        return new AuthFailure(MISSING_AUTHENTICATION_TOKEN, 403, "Missing Authentication Token");
    }
}
