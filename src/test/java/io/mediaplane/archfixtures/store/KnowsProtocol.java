package io.mediaplane.archfixtures.store;

import io.mediaplane.archfixtures.protocol.KnowsAService;

/** Breaks storeKnowsNoProtocolOrService. */
public final class KnowsProtocol {
    KnowsAService protocol;
}
