package io.mediaplane.media.scte35;

import java.util.Arrays;

/** An immutable byte string (UPIDs, private bytes, raw descriptors), compared by content. */
public final class Bytes {
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** A copy of {@code data}. */
    public static Bytes of(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data.clone());
    }

    /** Decodes hex digits, with or without a leading {@code 0x}. */
    public static Bytes ofHex(String hex) {
        return wrap(Hex.decode(hex));
    }

    /** The bytes of an ASCII/UTF-8 string. */
    public static Bytes ofText(String text) {
        return wrap(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Bytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data);
    }

    public int length() {
        return data.length;
    }

    public int byteAt(int i) {
        return data[i] & 0xff;
    }

    public byte[] toArray() {
        return data.clone();
    }

    /** The bytes read as UTF-8 text (UPIDs such as ADI, ADS information and URI are text). */
    public String text() {
        return new String(data, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Upper-case hex digits without a prefix. */
    public String hex() {
        return Hex.encode(data);
    }

    byte[] raw() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "0x" + hex();
    }
}
