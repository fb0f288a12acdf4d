package io.mediaplane.auth;

import io.mediaplane.aws.Echo;
import java.util.List;

/**
 * A parsed {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}
 * header. Components may be separated by commas and/or whitespace, in any order.
 *
 * @param scope         the credential scope
 * @param signedHeaders the SignedHeaders value verbatim (it is a line of the canonical request)
 * @param headerNames   the signed header names, in the order given
 * @param signature     the signature bytes, or null when the value is not 64 hex digits
 */
record AuthorizationHeader(SignatureScope scope, String signedHeaders, String[] headerNames, byte[] signature) {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    static AuthorizationHeader parse(List<String> values) {
        if (values.size() != 1) {
            throw AuthFailure.incomplete("A request must carry one Authorization header, not " + values.size() + ".");
        }
        String value = values.get(0);
        int start = skipSeparators(value, 0, false);
        int end = tokenEnd(value, start, false);
        if (end - start != ALGORITHM.length() || !value.startsWith(ALGORITHM, start)) {
            throw AuthFailure.incomplete("Unsupported Authorization type " + Echo.quote(value.substring(start, end))
                    + ": Mediaplane accepts only AWS4-HMAC-SHA256 (Signature Version 4).");
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (int i = skipSeparators(value, end, true); i < value.length(); i = skipSeparators(value, i, true)) {
            int tokenEnd = tokenEnd(value, i, true);
            int eq = value.indexOf('=', i);
            if (eq < 0 || eq >= tokenEnd) {
                throw AuthFailure.incomplete("Authorization header component "
                        + Echo.quote(value.substring(i, tokenEnd)) + " is not of the form name=value.");
            }
            String componentValue = value.substring(eq + 1, tokenEnd);
            if (is(value, i, eq, "Credential")) {
                credential = once(credential, componentValue, "Credential");
            } else if (is(value, i, eq, "SignedHeaders")) {
                signedHeaders = once(signedHeaders, componentValue, "SignedHeaders");
            } else if (is(value, i, eq, "Signature")) {
                signature = once(signature, componentValue, "Signature");
            }
            i = tokenEnd;
        }
        StringBuilder missing = new StringBuilder();
        requirePresent(credential, "Credential", missing);
        requirePresent(signature, "Signature", missing);
        requirePresent(signedHeaders, "SignedHeaders", missing);
        if (!missing.isEmpty()) {
            throw AuthFailure.incomplete(missing + "Authorization=" + value);
        }
        return new AuthorizationHeader(
                SignatureScope.parse(credential),
                signedHeaders,
                CanonicalRequest.signedHeaderNames(signedHeaders, "SignedHeaders"),
                Hex.parseSignature(signature));
    }

    private static String once(String previous, String value, String name) {
        if (previous != null) {
            throw AuthFailure.incomplete("Authorization header has more than one " + Echo.quote(name) + " component.");
        }
        return value;
    }

    private static void requirePresent(String value, String name, StringBuilder missing) {
        if (value == null || value.isEmpty()) {
            missing.append("Authorization header requires '").append(name).append("' parameter. ");
        }
    }

    private static boolean is(String s, int from, int to, String name) {
        return to - from == name.length() && s.startsWith(name, from);
    }

    private static boolean isSeparator(char c, boolean commaToo) {
        return c == ' ' || c == '\t' || (commaToo && c == ',');
    }

    private static int skipSeparators(String s, int i, boolean commaToo) {
        while (i < s.length() && isSeparator(s.charAt(i), commaToo)) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(String s, int i, boolean commaToo) {
        while (i < s.length() && !isSeparator(s.charAt(i), commaToo)) {
            i++;
        }
        return i;
    }
}
