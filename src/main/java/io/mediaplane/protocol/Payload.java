package io.mediaplane.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that is the raw HTTP body rather than a JSON member: an
 * {@link java.io.InputStream} on input (never buffered), a {@link StreamingBody} on output.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Payload {}
