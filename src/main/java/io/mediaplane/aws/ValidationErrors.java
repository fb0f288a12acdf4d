package io.mediaplane.aws;

import java.util.List;

/** AWS's wording of a ValidationException (or BadRequestException) that lists single violations. */
public final class ValidationErrors {
    private ValidationErrors() {}

    /** {@code "2 validation errors detected: <problem>; <problem>"}. */
    public static String summary(List<String> problems) {
        int n = problems.size();
        return n + " validation error" + (n == 1 ? "" : "s") + " detected: " + String.join("; ", problems);
    }
}
