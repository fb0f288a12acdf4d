package io.mediaplane.media.hls;

/**
 * Reference resolution (RFC 3986 section 5.2): a playlist's relative URIs resolved against the
 * playlist's own URL. Works on strings, so URIs that java.net.URI refuses (a '|' or a space in a
 * query, as some CDNs sign them) still resolve. For many references against one playlist URL, use
 * {@link #against(String)}: the common case (a plain relative path) then costs one concatenation.
 */
public final class Uris {
    private final String base;
    private final Parts parts;
    private final String directory;

    private Uris(String base) {
        this.base = base;
        this.parts = Parts.split(base);
        if (parts.scheme == null) {
            throw new HlsException("base URL '" + base + "' is not absolute");
        }
        boolean plain = parts.authority != null && removeDotSegments(parts.path).equals(parts.path);
        this.directory = plain
                ? parts.scheme + "://" + parts.authority
                        + (parts.path.isEmpty() ? "/" : parts.path.substring(0, parts.path.lastIndexOf('/') + 1))
                : null;
    }

    /** A resolver for references against the absolute URL {@code base}. */
    public static Uris against(String base) {
        return new Uris(base);
    }

    /** {@code reference} resolved against the absolute URL {@code base}. */
    public static String resolve(String base, String reference) {
        return against(base).resolve(reference);
    }

    /** {@code reference} resolved against this resolver's base. */
    public String resolve(String reference) {
        if (directory != null && isPlainRelativePath(reference)) {
            return directory.concat(reference);
        }
        return resolve(parts, reference, base.length());
    }

    /** The general algorithm of RFC 3986 5.2.2, without the fast path (for tests). */
    static String general(String base, String reference) {
        Uris u = against(base);
        return resolve(u.parts, reference, base.length());
    }

    /** A relative path with no scheme, no authority, no leading '/', and no dot segments. */
    private static boolean isPlainRelativePath(String r) {
        if (r.isEmpty()) {
            return false;
        }
        char first = r.charAt(0);
        if (first == '/' || first == '?' || first == '#' || first == '.') {
            return false;
        }
        for (int i = 0, n = r.length(); i < n; i++) {
            char c = r.charAt(i);
            if (c == ':') {
                return false;
            }
            if (c == '?' || c == '#') {
                return true;
            }
            if (c == '/' && i + 1 < n && r.charAt(i + 1) == '.') {
                return false;
            }
        }
        return true;
    }

    private static String resolve(Parts b, String reference, int baseLength) {
        Parts r = Parts.split(reference);
        String scheme;
        String authority;
        String path;
        String query;
        if (r.scheme != null) {
            scheme = r.scheme;
            authority = r.authority;
            path = removeDotSegments(r.path);
            query = r.query;
        } else {
            scheme = b.scheme;
            if (r.authority != null) {
                authority = r.authority;
                path = removeDotSegments(r.path);
                query = r.query;
            } else {
                authority = b.authority;
                if (r.path.isEmpty()) {
                    path = b.path;
                    query = r.query != null ? r.query : b.query;
                } else {
                    path = removeDotSegments(r.path.startsWith("/") ? r.path : merge(b, r.path));
                    query = r.query;
                }
            }
        }
        StringBuilder sb = new StringBuilder(baseLength + reference.length());
        sb.append(scheme).append(':');
        if (authority != null) {
            sb.append("//").append(authority);
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        if (r.fragment != null) {
            sb.append('#').append(r.fragment);
        }
        return sb.toString();
    }

    private static String merge(Parts base, String path) {
        if (base.authority != null && base.path.isEmpty()) {
            return "/" + path;
        }
        return base.path.substring(0, base.path.lastIndexOf('/') + 1) + path;
    }

    /** RFC 3986 5.2.4. */
    static String removeDotSegments(String in) {
        if (in.indexOf('.') < 0) {
            return in;
        }
        StringBuilder out = new StringBuilder(in.length());
        int i = 0;
        int n = in.length();
        while (i < n) {
            if (in.startsWith("../", i)) {
                i += 3;
            } else if (in.startsWith("./", i)) {
                i += 2;
            } else if (in.startsWith("/./", i)) {
                i += 2;
            } else if (i + 2 == n && in.startsWith("/.", i)) {
                out.append('/');
                i = n;
            } else if (in.startsWith("/../", i)) {
                i += 3;
                dropLastSegment(out);
            } else if (i + 3 == n && in.startsWith("/..", i)) {
                dropLastSegment(out);
                out.append('/');
                i = n;
            } else if ((i + 1 == n && in.charAt(i) == '.') || (i + 2 == n && in.startsWith("..", i))) {
                i = n;
            } else {
                int next = in.indexOf('/', i + 1);
                int end = next < 0 ? n : next;
                out.append(in, i, end);
                i = end;
            }
        }
        return out.toString();
    }

    private static void dropLastSegment(StringBuilder out) {
        int slash = out.lastIndexOf("/");
        out.setLength(Math.max(slash, 0));
    }

    /** The five components of RFC 3986 Appendix B; null for an absent scheme, authority, query or fragment. */
    private record Parts(String scheme, String authority, String path, String query, String fragment) {
        static Parts split(String s) {
            int n = s.length();
            int i = 0;
            String scheme = null;
            for (int j = 0; j < n; j++) {
                char c = s.charAt(j);
                if (c == ':') {
                    if (j > 0) {
                        scheme = s.substring(0, j);
                        i = j + 1;
                    }
                    break;
                }
                if (c == '/' || c == '?' || c == '#') {
                    break;
                }
            }
            String authority = null;
            if (s.startsWith("//", i)) {
                int end = i + 2;
                while (end < n && "/?#".indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                authority = s.substring(i + 2, end);
                i = end;
            }
            int pathEnd = i;
            while (pathEnd < n && s.charAt(pathEnd) != '?' && s.charAt(pathEnd) != '#') {
                pathEnd++;
            }
            String path = s.substring(i, pathEnd);
            String query = null;
            int fragmentStart = s.indexOf('#', pathEnd);
            if (pathEnd < n && s.charAt(pathEnd) == '?') {
                query = s.substring(pathEnd + 1, fragmentStart < 0 ? n : fragmentStart);
            }
            String fragment = fragmentStart < 0 ? null : s.substring(fragmentStart + 1);
            return new Parts(scheme, authority, path, query, fragment);
        }
    }
}
