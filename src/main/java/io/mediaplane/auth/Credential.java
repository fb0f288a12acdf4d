package io.mediaplane.auth;

/**
 * An access key and the account it belongs to.
 *
 * <p>{@link #toString()} never shows the secret.
 *
 * @param accessKeyId     the public key id that appears in the credential scope; no whitespace or commas
 * @param secretAccessKey the shared secret the client signs with
 * @param accountId       the 12-digit AWS account id requests with this key act in
 */
public record Credential(String accessKeyId, String secretAccessKey, String accountId) {

    /** @throws IllegalArgumentException when a field is empty or the account id is not 12 digits */
    public Credential {
        requireToken(accessKeyId, "access key id");
        requireToken(secretAccessKey, "secret access key");
        if (!isAccountId(accountId)) {
            throw new IllegalArgumentException("account id '" + accountId + "' is not 12 digits");
        }
    }

    /** Whether {@code s} is a 12-digit AWS account id. */
    public static boolean isAccountId(String s) {
        if (s == null || s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void requireToken(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                throw new IllegalArgumentException(what + " contains whitespace or a comma");
            }
        }
    }

    @Override
    public String toString() {
        return "Credential[accessKeyId=" + accessKeyId + ", secretAccessKey=***, accountId=" + accountId + "]";
    }
}
