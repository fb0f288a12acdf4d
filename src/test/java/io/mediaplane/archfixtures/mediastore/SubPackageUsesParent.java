package io.mediaplane.archfixtures.mediastore;

/** Allowed: a service's own sub-packages may use it (see mediastore.data.UsesItsService). */
public final class SubPackageUsesParent {}
