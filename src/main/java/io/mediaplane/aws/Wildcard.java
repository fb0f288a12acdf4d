package io.mediaplane.aws;

/**
 * AWS's glob matching, in its two forms. IAM policies: {@code *} matches any run of characters and
 * {@code ?} exactly one. MediaStore (lifecycle paths, metric-policy object groups, CORS origins and
 * headers): only {@code *} is special. Either way the whole text must match, {@code *} crosses
 * {@code /}, and matching is linear-time with no regular expressions.
 */
public final class Wildcard {
    private Wildcard() {}

    /** IAM form: {@code *} and {@code ?}; {@code ignoreCase} for actions, not for resources. */
    public static boolean matches(String pattern, String text, boolean ignoreCase) {
        return matches(pattern, text, ignoreCase, true);
    }

    /** MediaStore form: {@code *} matches any run of characters; every other character is literal. */
    public static boolean matchesStars(String pattern, String text) {
        return matches(pattern, text, false, false);
    }

    private static boolean matches(String pattern, String text, boolean ignoreCase, boolean questionMark) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (p < pattern.length()
                    && (questionMark && pattern.charAt(p) == '?'
                            || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
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
