package io.mediaplane.media.scte35;

/** Range checks for model fields, so a bad value fails when the model is built, not on the wire. */
final class Fields {
    static final long MAX_33 = (1L << 33) - 1;

    private Fields() {}

    static long check(String name, long value, int bits) {
        if (value < 0 || value >= 1L << bits) {
            throw new Scte35Exception(name + " " + value + " does not fit in " + bits + " unsigned bits");
        }
        return value;
    }

    static int check(String name, int value, int bits) {
        return (int) check(name, (long) value, bits);
    }

    static <T> T required(String name, T value) {
        if (value == null) {
            throw new Scte35Exception(name + " is required");
        }
        return value;
    }
}
