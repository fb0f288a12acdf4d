package io.mediaplane.protocol;

/** An operation's implementation: typed input in, typed output out, or an {@link AwsException}. */
@FunctionalInterface
public interface Handler<I, O> {
    O handle(RequestContext context, I input);
}
