package io.mediaplane.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TagsTest {
    /** A service's refusal, as MediaStore passes it: Tags makes the message, the service the error. */
    private static final Function<String, AwsException> ERR =
            m -> new AwsException(new ErrorCode("ValidationException", 400), m);

    @Test
    void mergesLaterValuesWin() {
        assertEquals(Map.of("a", "3", "b", "2"), Tags.merge(Map.of("a", "1", "b", "2"), Map.of("a", "3"), ERR));
        assertEquals(Map.of("env", "prod ü:/=+-@_."), Tags.merge(Map.of(), Map.of("env", "prod ü:/=+-@_."), ERR));
    }

    @Test
    void rejectsBadKeysValuesAndTooMany() {
        assertThrows(AwsException.class, () -> Tags.merge(Map.of(), Map.of("", "v"), ERR));
        assertThrows(AwsException.class, () -> Tags.merge(Map.of(), Map.of("k".repeat(129), "v"), ERR));
        assertThrows(AwsException.class, () -> Tags.merge(Map.of(), Map.of("k", "v".repeat(257)), ERR));
        assertThrows(AwsException.class, () -> Tags.merge(Map.of(), Map.of("k", "semi;colon"), ERR));
        AwsException aws = assertThrows(AwsException.class, () -> Tags.merge(Map.of(), Map.of("AWS:x", "v"), ERR));
        assertTrue(aws.getMessage().contains("reserved prefix"), aws.getMessage());
        Map<String, String> fifty = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("k" + i, "v");
        }
        assertEquals(50, Tags.merge(Map.of(), fifty, ERR).size());
        AwsException many = assertThrows(AwsException.class, () -> Tags.merge(fifty, Map.of("one-more", "v"), ERR));
        assertEquals("ValidationException", many.code());
        assertTrue(many.getMessage().startsWith("1 validation error detected: "), many.getMessage());
        assertThrows(AwsException.class, () -> Tags.checkKeys(List.of("aws:x"), ERR));
    }
}
