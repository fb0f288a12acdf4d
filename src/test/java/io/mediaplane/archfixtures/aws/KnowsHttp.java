package io.mediaplane.archfixtures.aws;

import io.mediaplane.archfixtures.http.Exchange;

/** Breaks awsIsPureJdk: the shared AWS conventions depending on a layer of the server. */
public final class KnowsHttp {
    Exchange exchange;
}
