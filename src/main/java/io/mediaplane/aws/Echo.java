package io.mediaplane.aws;

/**
 * Client input quoted back in an error message, so the message says what was wrong without
 * carrying markup, quotes, control characters or kilobytes of it back: printable ASCII stays as
 * sent except {@code < > " ' & \ `}, which like every control and non-ASCII character become
 * {@code \\uXXXX}, and only the first {@value #MAX} characters are shown.
 */
public final class Echo {
    /** How much of the input a message shows. */
    static final int MAX = 64;

    private Echo() {}

    /** The input in single quotes, made safe as above; {@code ''} for null. */
    public static String quote(String input) {
        if (input == null) {
            return "''";
        }
        StringBuilder out = new StringBuilder(Math.min(input.length(), MAX) + 8).append('\'');
        int shown = Math.min(input.length(), MAX);
        for (int i = 0; i < shown; i++) {
            char c = input.charAt(i);
            if (plain(c)) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        if (input.length() > MAX) {
            out.append("...");
        }
        return out.append('\'').toString();
    }

    private static boolean plain(char c) {
        return c >= 0x20 && c < 0x7f && "<>\"'&\\`".indexOf(c) < 0;
    }
}
