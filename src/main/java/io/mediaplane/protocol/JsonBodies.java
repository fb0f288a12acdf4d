package io.mediaplane.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediaplane.aws.Echo;
import java.io.IOException;
import java.util.Arrays;

/** JSON body reading and writing shared by both codecs, with AWS-style errors for bad JSON. */
final class JsonBodies {
    private JsonBodies() {}

    /** Parses a request body that must be a JSON object; an empty body counts as {@code {}}. */
    static ObjectNode parseObject(ServiceSpec service, byte[] body) {
        ObjectMapper mapper = service.mapper();
        if (body == null || body.length == 0 || isBlank(body)) {
            return mapper.createObjectNode();
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (IOException e) {
            throw new AwsException(service.serializationError(), "The request body is not valid JSON" + where(e));
        }
        if (node == null || node.isMissingNode()) {
            return mapper.createObjectNode();
        }
        if (!node.isObject()) {
            throw new AwsException(service.serializationError(), "The request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /**
     * Converts a JSON tree into the input record, naming the member at fault when a type is wrong.
     * Messages speak of JSON (string, number, list, structure), never of Java types or Jackson.
     */
    static <T> T bind(ServiceSpec service, ObjectNode tree, Class<T> type) {
        try {
            return service.mapper().treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw refusal(service, e, type);
        } catch (JacksonException e) {
            throw new AwsException(service.serializationError(), "The request body is not valid JSON" + where(e));
        }
    }

    private static AwsException refusal(ServiceSpec service, JsonMappingException e, Class<?> type) {
        if (sensitive(e, type)) { // name the member, never repeat its value
            return new AwsException(
                    service.validationError(),
                    InputValidator.describe(java.util.List.of("Value at '" + path(e)
                            + "' failed to satisfy constraint: Member must be of type "
                            + typeName(e instanceof MismatchedInputException m ? m.getTargetType() : null))));
        }
        if (e instanceof InvalidFormatException f) {
            String allowed = f.getTargetType() != null && f.getTargetType().isEnum()
                    ? "Member must satisfy enum value set: "
                            + Arrays.toString(f.getTargetType().getEnumConstants())
                    : "Member must be of type " + typeName(f.getTargetType());
            return new AwsException(
                    service.validationError(),
                    InputValidator.describe(java.util.List.of("Value " + Echo.quote(String.valueOf(f.getValue()))
                            + " at '" + path(f) + "' failed to satisfy constraint: " + allowed)));
        }
        String member = path(e);
        Class<?> expected = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        return new AwsException(
                service.serializationError(),
                (member.isEmpty() ? "Cannot read the request" : "Cannot read member '" + member + "'")
                        + (expected == null ? "" : ": expected " + typeName(expected)));
    }

    /** Whether the member a binding error is about is marked {@link Sensitive} on the top-level input. */
    private static boolean sensitive(JsonMappingException e, Class<?> type) {
        var path = e.getPath();
        return !path.isEmpty() && InputValidator.sensitive(type, path.get(0).getFieldName());
    }

    static byte[] write(ServiceSpec service, JsonNode node) {
        try {
            return service.mapper().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The JSON kind a member must be, in the client's terms. */
    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a different type";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == byte[].class) {
            return "blob (base64)";
        }
        if (type == String.class || type.isEnum()) {
            return "string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "timestamp";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return java.util.Map.class.isAssignableFrom(type) ? "map" : "structure";
    }

    /** Where in the body JSON parsing stopped, or why, without the parser's own words. */
    private static String where(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return ": it nests deeper, or holds longer values, than requests may";
        }
        if (e instanceof JacksonException j
                && j.getLocation() != null
                && j.getLocation().getLineNr() > 0) {
            return " (line " + j.getLocation().getLineNr() + ", column "
                    + j.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
