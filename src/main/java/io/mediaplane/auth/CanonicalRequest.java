package io.mediaplane.auth;

import io.mediaplane.aws.Echo;
import io.mediaplane.aws.Percent;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SigV4 canonical request the way botocore, the AWS SDK for Java v2 and the JS v3 SDK
 * do for non-S3 services: normalised, double-encoded path; decoded and re-encoded, sorted query;
 * exactly the signed headers with trimmed values.
 */
final class CanonicalRequest {

    private CanonicalRequest() {}

    /**
     * The canonical request up to and including the SignedHeaders line and its newline; the payload
     * hash is appended by the caller (a presigned request may need two tries).
     */
    static String withoutPayload(
            SignedRequest request, QueryParams query, boolean presigned, String signedHeaders, String[] headerNames) {
        StringBuilder out = new StringBuilder(256 + query.raw().length() * 2);
        out.append(request.method()).append('\n');
        Percent.encodePath(normalizePath(request.rawPath()), out);
        out.append('\n');
        appendQuery(query, presigned, out);
        out.append('\n');
        for (String name : headerNames) {
            out.append(name).append(':');
            List<String> values = request.headerValues(name);
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                appendTrimmed(values.get(i), out);
            }
            out.append('\n');
        }
        return out.append('\n').append(signedHeaders).append('\n').toString();
    }

    /**
     * Removes empty, {@code .} and {@code ..} segments as botocore's {@code remove_dot_segments} and JS
     * {@code getCanonicalPath} do: leading '/' kept, trailing '/' kept unless nothing is left, empty -> '/'.
     */
    static String normalizePath(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        if (isNormal(path)) {
            return path;
        }
        List<String> segments = new ArrayList<>();
        for (int start = 0; start <= path.length(); ) {
            int end = path.indexOf('/', start);
            end = end < 0 ? path.length() : end;
            String segment = path.substring(start, end);
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
            start = end + 1;
        }
        String first = path.charAt(0) == '/' ? "/" : "";
        String last = path.charAt(path.length() - 1) == '/' && !segments.isEmpty() ? "/" : "";
        return first + String.join("/", segments) + last;
    }

    /** True when normalisation would not change the path: no empty inner segment, no dot segment. */
    private static boolean isNormal(String path) {
        int length = path.length();
        for (int start = path.charAt(0) == '/' ? 1 : 0; start < length; ) {
            int end = path.indexOf('/', start);
            end = end < 0 ? length : end;
            int n = end - start;
            if ((n == 0 && end < length)
                    || (n == 1 && path.charAt(start) == '.')
                    || (n == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.')) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /** Sorted by encoded name, then encoded value; X-Amz-Signature left out of presigned requests. */
    static void appendQuery(QueryParams query, boolean presigned, StringBuilder out) {
        int size = query.size();
        if (size == 0) {
            return;
        }
        String[] names = new String[size];
        String[] values = new String[size];
        int n = 0;
        StringBuilder scratch = new StringBuilder(64);
        String raw = query.raw();
        for (int i = 0; i < size; i++) {
            if (presigned && query.nameIs(i, PresignParams.SIGNATURE)) {
                continue;
            }
            scratch.setLength(0);
            Percent.recode(raw, query.nameStart(i), query.nameEnd(i), scratch);
            names[n] = scratch.toString();
            scratch.setLength(0);
            Percent.recode(raw, query.valueStart(i), query.valueEnd(i), scratch);
            values[n] = scratch.toString();
            // insertion sort: queries are short, and this keeps names and values paired without boxing
            int j = n++;
            while (j > 0 && compare(names[j - 1], values[j - 1], names[j], values[j]) > 0) {
                swap(names, j);
                swap(values, j);
                j--;
            }
        }
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : "&").append(names[i]).append('=').append(values[i]);
        }
    }

    private static int compare(String name1, String value1, String name2, String value2) {
        int byName = name1.compareTo(name2);
        return byName != 0 ? byName : value1.compareTo(value2);
    }

    private static void swap(String[] a, int j) {
        String t = a[j];
        a[j] = a[j - 1];
        a[j - 1] = t;
    }

    /** Trims and collapses runs of whitespace to one space (the spec's Trimall). */
    static void appendTrimmed(String value, StringBuilder out) {
        boolean pendingSpace = false;
        boolean any = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f') {
                pendingSpace = any;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                any = true;
            }
        }
    }

    /** Splits a SignedHeaders value on ';'. */
    static String[] signedHeaderNames(String signedHeaders, String what) {
        int count = 1;
        for (int i = 0; i < signedHeaders.length(); i++) {
            if (signedHeaders.charAt(i) == ';') {
                count++;
            }
        }
        String[] names = new String[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = k == count - 1 ? signedHeaders.length() : signedHeaders.indexOf(';', start);
            if (end == start) {
                throw AuthFailure.incomplete(
                        what + " " + Echo.quote(signedHeaders) + " contains an empty header name.");
            }
            names[k] = signedHeaders.substring(start, end);
            start = end + 1;
        }
        return names;
    }

    static boolean contains(String[] names, String name) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
