package io.mediaplane.media.vast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Documents under src/test/resources/vast. */
final class VastFixtures {
    private VastFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = VastFixtures.class.getResourceAsStream("/vast/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
