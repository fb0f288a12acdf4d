package io.mediaplane.auth;

import java.util.Locale;

/**
 * Which headers a signature must cover: every header that selects or shapes the operation, so that
 * a captured request cannot be replayed as another operation or with other settings. That is
 * {@code X-Amz-Target} (the awsJson operation), every other {@code x-amz-*} header (MediaStore
 * Data's storage class and upload availability, S3's many), and, for header-signed requests,
 * {@code Content-Type}. botocore, the AWS CLI and the AWS SDKs for Java and JavaScript sign all of
 * them. {@code X-Amz-Date} and {@code X-Amz-Content-SHA256} need no entry: the string to sign
 * covers them. A presigned URL is a capability its holder may use with a content type of their
 * choosing (as with S3), so there only {@code x-amz-*} headers must be signed.
 */
final class SignedHeaders {
    private SignedHeaders() {}

    /** @throws AuthFailure (InvalidSignatureException, 403) naming the first such header left unsigned */
    static void requireOperationHeadersSigned(SignedRequest request, String[] signed, boolean presigned) {
        if (!request.headerValues("x-amz-target").isEmpty() && !CanonicalRequest.contains(signed, "x-amz-target")) {
            throw AuthFailure.unsignedHeader("X-Amz-Target", presigned); // the operation itself: named first
        }
        for (String name : request.headerNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean shaping =
                    lower.startsWith("x-amz-") && !lower.equals("x-amz-date") && !lower.equals("x-amz-content-sha256")
                            || !presigned && lower.equals("content-type");
            if (shaping && !CanonicalRequest.contains(signed, lower)) {
                throw AuthFailure.unsignedHeader(canonicalName(lower), presigned);
            }
        }
    }

    /** The spelling AWS uses in its message ({@code X-Amz-Target}, {@code Content-Type}). */
    private static String canonicalName(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean upper = true;
        for (char c : lower.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return out.toString();
    }
}
