package io.mediaplane.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an input member the AWS model calls {@code sensitive} (secret values, passwords, tokens):
 * error messages name the member but never repeat its value, as AWS words them ({@code Value at
 * 'secretString' failed to satisfy constraint: ...}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Sensitive {}
