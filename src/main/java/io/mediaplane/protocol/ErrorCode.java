package io.mediaplane.protocol;

/**
 * One entry of a service's error catalogue: the AWS error shape name that goes on the wire (in
 * {@code __type} and {@code x-amzn-ErrorType}) and the HTTP status it is sent with. Services keep
 * their catalogue as constants, e.g. {@code ErrorCode CONTAINER_NOT_FOUND = new
 * ErrorCode("ContainerNotFoundException", 400)}.
 *
 * @param code   the error shape name exactly as in the AWS model
 * @param status the HTTP status the service answers this error with
 */
public record ErrorCode(String code, int status) {}
