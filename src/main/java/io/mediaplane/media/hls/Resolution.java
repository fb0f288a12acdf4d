package io.mediaplane.media.hls;

/** A decimal-resolution, {@code WIDTHxHEIGHT}. */
public record Resolution(int width, int height) {
    public Resolution {
        if (width <= 0 || height <= 0) {
            throw new HlsException("resolution " + width + "x" + height + " is not positive");
        }
    }

    static Resolution parse(String name, String v) {
        int x = v.indexOf('x');
        if (x <= 0 || x == v.length() - 1 || x > 6 || v.length() - x > 7) {
            throw new HlsException(name + "=" + v + " is not a decimal-resolution");
        }
        try {
            return new Resolution((int) Numbers.integer(v.substring(0, x)), (int) Numbers.integer(v.substring(x + 1)));
        } catch (HlsException e) {
            throw new HlsException(name + "=" + v + " is not a decimal-resolution");
        }
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
