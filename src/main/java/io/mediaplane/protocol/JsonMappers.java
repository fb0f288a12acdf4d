package io.mediaplane.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Builds the one JSON mapper each service speaks with: its member casing, its timestamp format,
 * strict scalar types (a string is not a number), unknown members ignored, absent members omitted.
 */
public final class JsonMappers {
    private JsonMappers() {}

    /** A wire mapper for a service. {@code naming} may be null for names as declared. */
    public static ObjectMapper wire(PropertyNamingStrategy naming, TimestampFormat timestamps) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(module(timestamps));
        if (naming != null) {
            builder.propertyNamingStrategy(naming);
        }
        ObjectMapper mapper = builder.build();
        // Strict scalars, as AWS's JSON protocols are: a string is no number or boolean, and no number
        // or boolean is a string.
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static SimpleModule module(TimestampFormat format) {
        SimpleModule module = new SimpleModule("mediaplane-wire");
        module.addSerializer(Instant.class, new InstantSerializer(format));
        module.addDeserializer(Instant.class, new InstantDeserializer());
        module.addSerializer(StreamingBody.class, new JsonSerializer<>() {
            @Override
            public void serialize(StreamingBody value, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeNull();
            }
        });
        module.addDeserializer(InputStream.class, new JsonDeserializer<>() {
            @Override
            public InputStream deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                p.skipChildren();
                return null;
            }
        });
        return module;
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        private final TimestampFormat format;

        InstantSerializer(TimestampFormat format) {
            this.format = format;
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (format == TimestampFormat.ISO_8601) {
                gen.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
                return;
            }
            long millis = value.toEpochMilli();
            if (millis % 1000 == 0) {
                gen.writeNumber(millis / 1000);
            } else {
                gen.writeNumber(BigDecimal.valueOf(millis, 3).stripTrailingZeros());
            }
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal seconds = p.getDecimalValue();
                return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
            }
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return Instant.parse(p.getText());
                } catch (RuntimeException e) {
                    return (Instant)
                            ctxt.handleWeirdStringValue(Instant.class, p.getText(), "not an ISO-8601 timestamp");
                }
            }
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
    }
}
