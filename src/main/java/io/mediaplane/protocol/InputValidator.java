package io.mediaplane.protocol;

import io.mediaplane.aws.Echo;
import io.mediaplane.aws.ValidationErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a typed input against the constraints declared on its record (required, length,
 * pattern, range, nested shapes) and words violations the way AWS does:
 * {@code 1 validation error detected: Value 'a b' at 'containerName' failed to satisfy
 * constraint: Member must satisfy regular expression pattern: [\w-]+}.
 */
public final class InputValidator {
    /** Built on first use: Hibernate Validator's bootstrap is a tenth of a start's CPU, and health does not need it. */
    private volatile Validator validator;

    /**
     * Builds the validator now, ahead of the first request (which would build it otherwise).
     * Mediaplane runs this on a thread of its own once health answers.
     */
    public InputValidator prepare() {
        validator();
        return this;
    }

    private Validator validator() {
        Validator v = validator;
        if (v == null) {
            synchronized (this) {
                v = validator;
                if (v == null) {
                    v = Validation.byProvider(HibernateValidator.class)
                            .configure()
                            .messageInterpolator(new ParameterMessageInterpolator())
                            .buildValidatorFactory()
                            .getValidator();
                    validator = v;
                }
            }
        }
        return v;
    }

    /** Throws {@code error} with AWS's wording when the input breaks a declared constraint. */
    public void validate(Object input, ErrorCode error) {
        Set<ConstraintViolation<Object>> violations = validator().validate(input);
        if (violations.isEmpty()) {
            return;
        }
        Map<String, String> unique = new LinkedHashMap<>();
        List<ConstraintViolation<Object>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Object> v : sorted) {
            String path = v.getPropertyPath().toString();
            String rule = rule(v.getConstraintDescriptor().getAnnotation());
            String value =
                    sensitive(v.getLeafBean() == null ? null : v.getLeafBean().getClass(), leafName(v))
                            ? ""
                            : " " + shown(v.getInvalidValue());
            unique.putIfAbsent(
                    path + "|" + rule, "Value" + value + " at '" + path + "' failed to satisfy constraint: " + rule);
        }
        throw new AwsException(error, describe(new ArrayList<>(unique.values())));
    }

    /** AWS's summary line for a list of single violations. */
    public static String describe(List<String> problems) {
        return ValidationErrors.summary(problems);
    }

    /**
     * Whether the member {@code name} of the record {@code type} is {@link Sensitive}; the name is
     * matched regardless of case, so a wire name (PascalCase or lowerCamel) finds its component.
     */
    static boolean sensitive(Class<?> type, String name) {
        if (type == null || !type.isRecord() || name == null) {
            return false;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equalsIgnoreCase(name)) {
                return component.isAnnotationPresent(Sensitive.class);
            }
        }
        return false;
    }

    /** The name of the member a violation is about (the last named node of its path). */
    private static String leafName(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    /** A rejected value as the client sent it (escaped, shortened); structures by their kind, never Java's rendering. */
    private static String shown(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Enum) {
            return Echo.quote(value.toString());
        }
        if (value instanceof java.util.Collection<?> c) {
            boolean scalars =
                    c.stream().allMatch(v -> v instanceof CharSequence || v instanceof Number || v instanceof Enum);
            return scalars ? Echo.quote(c.toString()) : "'[" + c.size() + " items]'";
        }
        return value instanceof java.util.Map<?, ?> ? "'{map}'" : "'{structure}'";
    }

    private static String rule(Annotation a) {
        if (a instanceof NotNull) {
            return "Member must not be null";
        }
        if (a instanceof Size s) {
            if (s.min() > 0 && s.max() < Integer.MAX_VALUE) {
                return "Member must have length between " + s.min() + " and " + s.max() + ", inclusive";
            }
            return s.min() > 0
                    ? "Member must have length greater than or equal to " + s.min()
                    : "Member must have length less than or equal to " + s.max();
        }
        if (a instanceof Pattern p) {
            return "Member must satisfy regular expression pattern: " + p.regexp();
        }
        if (a instanceof Min m) {
            return "Member must have value greater than or equal to " + m.value();
        }
        if (a instanceof Max m) {
            return "Member must have value less than or equal to " + m.value();
        }
        return "Member " + a.annotationType().getSimpleName();
    }
}
