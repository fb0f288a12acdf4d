package io.mediaplane.archfixtures.mediastore.data;

import io.mediaplane.archfixtures.mediastore.SubPackageUsesParent;

/** Breaks no rule: a data plane using its own service's classes is allowed (decision 0010). */
public final class UsesItsService {
    SubPackageUsesParent parent;
}
