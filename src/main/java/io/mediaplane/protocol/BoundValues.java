package io.mediaplane.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import io.mediaplane.http.HttpDates;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Conversions between text on the wire (labels, query values, headers) and typed members. */
final class BoundValues {
    private BoundValues() {}

    /** Converts wire text to the member's Java type; a value of the wrong form is a validation error. */
    static Object fromText(ServiceSpec service, Shape.Member member, List<String> values) {
        Class<?> type = member.type();
        if (type == List.class) {
            return List.copyOf(values);
        }
        String text = values.get(0);
        try {
            if (type == String.class) {
                return text;
            }
            if (type == Integer.class || type == int.class) {
                return Integer.valueOf(text);
            }
            if (type == Long.class || type == long.class) {
                return Long.valueOf(text);
            }
            if (type == Boolean.class || type == boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException(text);
                }
                return Boolean.valueOf(text);
            }
            if (type == Instant.class) {
                return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text));
            }
            if (type.isEnum()) {
                return service.mapper().convertValue(text, type);
            }
        } catch (RuntimeException e) {
            throw new AwsException(
                    service.validationError(),
                    InputValidator.describe(List.of("Value '" + text
                            + "' at '" + member.javaName() + "' failed to satisfy constraint: Member must be a valid "
                            + describe(type))));
        }
        throw new IllegalStateException("unsupported bound member type " + type + " in " + member.javaName());
    }

    /** Renders a header value; timestamps as HTTP dates, enums by their wire names. */
    static String toText(ServiceSpec service, Object value) {
        if (value instanceof Instant instant) {
            return HttpDates.format(instant);
        }
        if (value instanceof Enum<?> e) {
            return service.mapper().convertValue(e, String.class);
        }
        return String.valueOf(value);
    }

    /** The JSON member name a component is written under by this mapper. */
    static String jsonName(ObjectMapper mapper, Shape.Member member) {
        JsonProperty explicit = member.component().getAccessor().getAnnotation(JsonProperty.class);
        if (explicit != null && !explicit.value().isEmpty()) {
            return explicit.value();
        }
        PropertyNamingStrategy naming = mapper.getSerializationConfig().getPropertyNamingStrategy();
        if (naming instanceof PropertyNamingStrategies.NamingBase base) {
            return base.translate(member.javaName());
        }
        return member.javaName();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "value of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == Instant.class) {
            return "HTTP date";
        }
        return type == Boolean.class ? "boolean" : "number";
    }
}
