package io.mediaplane.archfixtures.auth;

import org.slf4j.Logger;

/** Breaks sigV4IsPureJdk: signature verification depending on a library. */
public final class SigV4UsesSlf4j {
    Logger log;
}
