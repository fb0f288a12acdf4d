package io.mediaplane.archfixtures.mediastore;

import io.mediaplane.archfixtures.mediaconnect.Flow;

/** Breaks servicesDoNotImportEachOther: one service uses another's class. */
public final class ReachesIntoMediaConnect {
    Flow flow;
}
