package io.mediaplane.archfixtures.observe;

import org.eclipse.jetty.server.Request;

/** Breaks onlyHttpTouchesJetty. */
public final class TouchesJetty {
    Request request;
}
