package io.mediaplane.mediastore.policy;

/** Thrown when a MediaStore object lifecycle policy is invalid; the message names the offending element. */
public final class LifecyclePolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception whose message says what is wrong and where, e.g. {@code rules[0].action ...}. */
    public LifecyclePolicyException(String message) {
        super(message);
    }
}
