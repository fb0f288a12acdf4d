package io.mediaplane.archfixtures.mediaconnect;

/** An innocent class of one service, for another service to reach into. */
public final class Flow {}
