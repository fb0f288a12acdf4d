package io.mediaplane.auth.policy;

/**
 * Thrown when a policy document is not a valid IAM policy. The message says exactly what is wrong
 * and where, for example {@code "Statement[1].Effect must be Allow or Deny"}.
 */
public final class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message that locates the problem in the document. */
    public PolicyException(String message) {
        super(message);
    }
}
