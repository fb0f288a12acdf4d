package io.mediaplane.archfixtures.media;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks mediaIsPure: media code reaching outside the JDK. */
public final class UsesJackson {
    ObjectMapper mapper;
}
