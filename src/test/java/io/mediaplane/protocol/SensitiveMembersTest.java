package io.mediaplane.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Error messages name a {@link Sensitive} member but never repeat its value; other members' values still show. */
class SensitiveMembersTest {
    private static final String PLANTED = "PLANTED-7f3a";
    private static final ServiceSpec SERVICE = new ServiceSpec(
            "test",
            Protocol.AWS_JSON_1_1,
            "test",
            "Test",
            "Message",
            new ErrorCode("ValidationException", 400),
            new ErrorCode("SerializationException", 400),
            new ErrorCode("InternalServiceError", 500),
            JsonMappers.wire(PropertyNamingStrategies.UPPER_CAMEL_CASE, TimestampFormat.EPOCH_SECONDS),
            false,
            List.of());

    record Input(
            @Sensitive @Size(max = 5) String secretString,
            @Sensitive @Size(max = 5) byte[] secretBinary,
            @Size(max = 3) String plain) {}

    private static AwsException validate(Input input) {
        return assertThrows(AwsException.class, () -> new InputValidator().validate(input, SERVICE.validationError()));
    }

    private static AwsException bind(String json) throws Exception {
        ObjectNode tree = (ObjectNode) SERVICE.mapper().readTree(json);
        return assertThrows(AwsException.class, () -> JsonBodies.bind(SERVICE, tree, Input.class));
    }

    @Test
    void constraintViolationsOfSensitiveMembersLeaveTheValueOut() {
        AwsException text = validate(new Input(PLANTED, null, null));
        assertEquals(
                "1 validation error detected: Value at 'secretString' failed to satisfy constraint: Member must have"
                        + " length less than or equal to 5",
                text.getMessage());
        AwsException binary = validate(new Input(null, PLANTED.getBytes(StandardCharsets.UTF_8), null));
        assertTrue(
                binary.getMessage().startsWith("1 validation error detected: Value at 'secretBinary'"),
                binary.getMessage());
        AwsException plain = validate(new Input(null, null, "abcdef"));
        assertTrue(plain.getMessage().contains("Value 'abcdef' at 'plain'"), plain.getMessage());
    }

    @Test
    void unreadableSensitiveMembersLeaveTheValueOut() throws Exception {
        AwsException badBase64 = bind("{\"SecretBinary\":\"" + PLANTED + "!!\"}");
        assertEquals("ValidationException", badBase64.code());
        assertEquals(
                "1 validation error detected: Value at 'SecretBinary' failed to satisfy constraint: Member must be of"
                        + " type blob (base64)",
                badBase64.getMessage());
        for (String json : List.of(
                "{\"SecretString\":{\"" + PLANTED + "\":1}}",
                "{\"SecretString\":[\"" + PLANTED + "\"]}",
                "{\"SecretBinary\":[\"" + PLANTED + "\"]}")) {
            AwsException e = bind(json);
            assertFalse(e.getMessage().contains(PLANTED), e.getMessage());
            assertTrue(e.getMessage().contains("'Secret"), e.getMessage());
        }
        AwsException plain = bind("{\"Plain\":{\"x\":1}}");
        assertEquals("SerializationException", plain.code(), "other members keep their wording");
    }
}
