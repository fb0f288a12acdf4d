package io.mediaplane.protocol;

/**
 * One entry of a service's error catalogue: the AWS error shape name that goes on the wire
 * (in {@code __type} and {@code x-amzn-ErrorType}) and the HTTP status it is sent with.
 */
public interface ErrorCode {
    /** The error shape name exactly as in the AWS model, e.g. {@code ContainerNotFoundException}. */
    String code();

    /** The HTTP status the service answers this error with. */
    int status();
}
