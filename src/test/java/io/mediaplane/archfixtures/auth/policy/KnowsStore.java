package io.mediaplane.archfixtures.auth.policy;

import io.mediaplane.archfixtures.store.KnowsProtocol;

/** Breaks authIsPure: policy evaluation reaching into persistence. */
public final class KnowsStore {
    KnowsProtocol store;
}
