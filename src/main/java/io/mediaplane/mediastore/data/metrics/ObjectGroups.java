package io.mediaplane.mediastore.data.metrics;

import io.mediaplane.aws.Wildcard;

/**
 * Which objects a metric-policy rule's ObjectGroup covers. The group is a path or file name, leading and trailing
 * {@code /} insignificant. Without {@code *} it names an object or a folder: it covers that object and everything
 * below that folder ({@code sports/football} covers {@code sports/football/saturday/seg1.ts}, as in the user guide's
 * overlapping-rules example). With {@code *} it is a pattern over the whole path, {@code *} matching any run of
 * characters including {@code /} ({@code *.m3u8}, {@code live/*}).
 */
final class ObjectGroups {
    private ObjectGroups() {}

    static boolean covers(String objectGroup, String objectPath) {
        String group = trim(objectGroup);
        String path = trim(objectPath);
        if (group.contains("*")) {
            return Wildcard.matchesStars(group, path);
        }
        return path.equals(group) || path.startsWith(group + "/");
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(start, end);
    }
}
