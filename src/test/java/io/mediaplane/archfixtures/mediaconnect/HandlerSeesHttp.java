package io.mediaplane.archfixtures.mediaconnect;

import io.mediaplane.archfixtures.http.Exchange;

/** Breaks handlersNeverSeeHttp: service code holding an HTTP exchange. */
public final class HandlerSeesHttp {
    Exchange exchange;
}
