package io.mediaplane.auth.policy;

/** IAM-style glob matching: {@code *} matches any run of characters, {@code ?} exactly one. */
final class Wildcard {
    private Wildcard() {}

    /** Whether the whole of {@code text} matches {@code pattern}; linear-time, no regular expressions. */
    static boolean matches(String pattern, String text, boolean ignoreCase) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (p < pattern.length()
                    && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b
                || ignoreCase
                        && (Character.toLowerCase(a) == Character.toLowerCase(b)
                                || Character.toUpperCase(a) == Character.toUpperCase(b));
    }
}
