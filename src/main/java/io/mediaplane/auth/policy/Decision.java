package io.mediaplane.auth.policy;

/** The outcome of evaluating one resource policy against one request. */
public enum Decision {
    /** At least one Allow statement matched and no Deny statement matched. */
    ALLOW,
    /** A Deny statement matched; this overrides every Allow. */
    EXPLICIT_DENY,
    /** No statement matched, so the request is denied by default. */
    IMPLICIT_DENY
}
