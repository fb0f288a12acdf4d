package io.mediaplane.archfixtures.protocol;

import io.mediaplane.archfixtures.mediaconnect.Flow;

/** Breaks protocolKnowsNoService (and neutralPackagesKnowNoService). */
public final class KnowsAService {
    Flow flow;
}
