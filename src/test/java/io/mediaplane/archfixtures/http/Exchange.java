package io.mediaplane.archfixtures.http;

/** An innocent class of the HTTP layer. */
public final class Exchange {}
