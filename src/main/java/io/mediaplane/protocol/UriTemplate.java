package io.mediaplane.protocol;

import io.mediaplane.aws.Percent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A restJson1 URI template such as {@code /v1/flows/{FlowArn}/outputs/{OutputArn}} or
 * {@code /{Path+}}, matched against the raw (still encoded) request path segment by segment, so
 * that an ARN label holding {@code %2F} stays one segment. Labels are decoded after matching.
 */
public final class UriTemplate {
    private final String text;
    private final List<String> segments;
    private final int literals;

    private UriTemplate(String text, List<String> segments) {
        this.text = text;
        this.segments = segments;
        this.literals = (int) segments.stream().filter(s -> !s.startsWith("{")).count();
    }

    public static UriTemplate parse(String template) {
        String path = template.contains("?") ? template.substring(0, template.indexOf('?')) : template;
        List<String> segments = new ArrayList<>();
        for (String s : path.substring(1).split("/", -1)) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).endsWith("+}") && i != segments.size() - 1) {
                throw new IllegalArgumentException("greedy label must be last: " + template);
            }
        }
        return new UriTemplate(template, List.copyOf(segments));
    }

    /** How many literal segments the template has; the router prefers the most literal match. */
    public int literals() {
        return literals;
    }

    /** The decoded label values if the raw path matches, else null. */
    public Map<String, String> match(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        Map<String, String> labels = new HashMap<>();
        int pos = 0;
        for (String want : segments) {
            if (pos > path.length()) {
                return null;
            }
            if (want.endsWith("+}")) {
                String rest = path.substring(pos);
                if (rest.isEmpty()) {
                    return null;
                }
                labels.put(want.substring(1, want.length() - 2), Percent.decode(rest));
                return labels;
            }
            int end = path.indexOf('/', pos);
            String raw = end < 0 ? path.substring(pos) : path.substring(pos, end);
            pos = end < 0 ? path.length() + 1 : end + 1;
            if (want.startsWith("{")) {
                if (raw.isEmpty()) {
                    return null;
                }
                labels.put(want.substring(1, want.length() - 1), Percent.decode(raw));
            } else if (!want.equals(raw)) {
                return null;
            }
        }
        return pos >= path.length() ? labels : null;
    }

    @Override
    public String toString() {
        return text;
    }
}
