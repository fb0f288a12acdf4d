package io.mediaplane.auth;

import io.mediaplane.aws.Echo;

/**
 * The X-Amz-* query parameters of a presigned request, decoded.
 *
 * @param scope          from X-Amz-Credential
 * @param amzDate        X-Amz-Date, verbatim (validated later)
 * @param expiresSeconds X-Amz-Expires, 1..604800
 * @param signedHeaders  X-Amz-SignedHeaders, decoded
 * @param headerNames    the signed header names
 * @param signature      X-Amz-Signature bytes, or null when not 64 hex digits
 * @param contentSha256  an X-Amz-Content-Sha256 query parameter, or null
 */
record PresignParams(
        SignatureScope scope,
        String amzDate,
        long expiresSeconds,
        String signedHeaders,
        String[] headerNames,
        byte[] signature,
        String contentSha256) {

    static final String ALGORITHM = "X-Amz-Algorithm";
    static final String CREDENTIAL = "X-Amz-Credential";
    static final String DATE = "X-Amz-Date";
    static final String EXPIRES = "X-Amz-Expires";
    static final String SIGNED_HEADERS = "X-Amz-SignedHeaders";
    static final String SIGNATURE = "X-Amz-Signature";
    static final String CONTENT_SHA256 = "X-Amz-Content-Sha256";
    static final long MAX_EXPIRES = 604_800;

    /** Whether the query carries presign parameters at all. */
    static boolean present(QueryParams query) {
        return query.size() > 0 && (query.has(ALGORITHM) || query.has(CREDENTIAL) || query.has(SIGNATURE));
    }

    static PresignParams parse(QueryParams query) {
        String algorithm = query.single(ALGORITHM);
        String credential = query.single(CREDENTIAL);
        String date = query.single(DATE);
        String expires = query.single(EXPIRES);
        String signedHeaders = query.single(SIGNED_HEADERS);
        String signature = query.single(SIGNATURE);
        StringBuilder missing = new StringBuilder();
        for (String[] p : new String[][] {
            {ALGORITHM, algorithm},
            {CREDENTIAL, credential},
            {SIGNATURE, signature},
            {DATE, date},
            {SIGNED_HEADERS, signedHeaders},
            {EXPIRES, expires}
        }) {
            if (p[1] == null || p[1].isEmpty()) {
                missing.append(missing.isEmpty() ? "" : ", ").append(p[0]);
            }
        }
        if (!missing.isEmpty()) {
            throw AuthFailure.incomplete("AWS query-string parameters must include 'X-Amz-Algorithm', "
                    + "'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders', and "
                    + "'X-Amz-Expires'. Re-examine the query-string parameters. Missing: " + missing + ".");
        }
        if (!AuthorizationHeader.ALGORITHM.equals(algorithm)) {
            throw AuthFailure.incomplete("Unsupported X-Amz-Algorithm " + Echo.quote(algorithm)
                    + ": Mediaplane accepts only AWS4-HMAC-SHA256 (Signature Version 4).");
        }
        return new PresignParams(
                SignatureScope.parse(credential),
                date,
                parseExpires(expires),
                signedHeaders,
                CanonicalRequest.signedHeaderNames(signedHeaders, SIGNED_HEADERS),
                Hex.parseSignature(signature),
                query.single(CONTENT_SHA256));
    }

    private static long parseExpires(String expires) {
        long value = 0;
        boolean valid = expires.length() <= 7;
        for (int i = 0; valid && i < expires.length(); i++) {
            char c = expires.charAt(i);
            valid = c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        if (!valid || value < 1 || value > MAX_EXPIRES) {
            throw AuthFailure.incomplete("X-Amz-Expires must be a number of seconds from 1 to 604800 (one week), not "
                    + Echo.quote(expires) + ".");
        }
        return value;
    }
}
