package io.mediaplane.secretsmanager;

import io.mediaplane.aws.ValidationErrors;
import io.mediaplane.secretsmanager.ListShapes.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ListSecrets' filters, as AWS documents them: {@code name}, {@code tag-key} and {@code tag-value}
 * match a prefix, case-sensitive; {@code description} a prefix, not case-sensitive; {@code all}
 * breaks the value into words and matches any of them as a prefix of a word of the name,
 * description, tag keys or tag values, not case-sensitive. A value starting with {@code !} negates:
 * it matches a secret none of whose attributes match the rest. The values of one filter are
 * alternatives (any may match); separate filters must all match. No secret here has a primary
 * region (none is replicated) or an owning service, so those keys match only negated.
 */
final class SecretFilters {
    /** The model's pattern for a filter value. */
    static final Pattern VALUE = Pattern.compile("^!?[a-zA-Z0-9 :_@/+=.\\-!]*$");
    /**
     * Word boundaries of {@code all}: any character other than a letter or digit, a change from a
     * lower-case letter to an upper-case one, and a change between letters and digits.
     */
    private static final Pattern WORD_BREAK =
            Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    private SecretFilters() {}

    /** Checks what the annotations cannot: a key and values on each filter, each value's pattern. */
    static void check(List<Filter> filters) {
        for (int i = 0; i < filters.size(); i++) {
            Filter f = filters.get(i);
            if (f.key() == null || f.values() == null) {
                throw SecretsManagerError.invalidParameter("Each filter needs a Key and Values.");
            }
            for (int j = 0; j < f.values().size(); j++) {
                if (!VALUE.matcher(f.values().get(j)).matches()) {
                    throw SecretsManagerError.validation(ValidationErrors.summary(List.of("Value '"
                            + f.values().get(j) + "' at 'filters." + (i + 1) + ".member.values." + (j + 1)
                            + ".member' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                            + VALUE.pattern())));
                }
                if (f.values().get(j).length() > 512) {
                    throw SecretsManagerError.validation(ValidationErrors.summary(List.of("Value at 'filters."
                            + (i + 1) + ".member.values." + (j + 1) + ".member' failed to satisfy constraint:"
                            + " Member must have length less than or equal to 512")));
                }
            }
        }
    }

    static boolean matches(SecretRecord s, List<Filter> filters) {
        for (Filter f : filters) {
            if (f.values().stream().noneMatch(v -> matches(s, f, v))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(SecretRecord s, Filter f, String value) {
        boolean negated = value.startsWith("!");
        String wanted = negated ? value.substring(1) : value;
        boolean any = switch (f.key()) {
            case NAME -> s.name().startsWith(wanted);
            case DESCRIPTION ->
                s.description() != null && lower(s.description()).startsWith(lower(wanted));
            case TAG_KEY -> s.tags().keySet().stream().anyMatch(k -> k.startsWith(wanted));
            case TAG_VALUE -> s.tags().values().stream().anyMatch(v -> v.startsWith(wanted));
            case ALL -> matchesWords(s, wanted);
            case PRIMARY_REGION, OWNING_SERVICE -> false;
        };
        return any != negated;
    }

    private static boolean matchesWords(SecretRecord s, String value) {
        List<String> attributes = new ArrayList<>();
        attributes.add(s.name());
        if (s.description() != null) {
            attributes.add(s.description());
        }
        attributes.addAll(s.tags().keySet());
        attributes.addAll(s.tags().values());
        List<String> words = new ArrayList<>();
        attributes.forEach(a -> words.addAll(words(a)));
        return words(value).stream().anyMatch(w -> words.stream().anyMatch(x -> x.startsWith(w)));
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAK.split(text)) {
            if (!w.isEmpty()) {
                out.add(lower(w));
            }
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
