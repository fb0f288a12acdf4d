package io.mediaplane.mediaconnect;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * The resources as the wire (and the stored flow document) carry them, lowerCamel by name. Each
 * keeps the members it does not know in {@code other}, so fields today's clients send beyond
 * the seed (media streams, VPC interfaces, NDI settings, ...) are stored and echoed back.
 */
public final class ResourceShapes {
    static final String ALGORITHM = "aes128|aes192|aes256";
    static final String KEY_TYPE = "speke|static-key|srt-password";

    private ResourceShapes() {}

    public record Encryption(
            @Pattern(regexp = ALGORITHM) String algorithm,
            @Pattern(regexp = KEY_TYPE) String keyType,
            @NotNull String roleArn,
            String secretArn,
            @JsonAnySetter @JsonAnyGetter java.util.Map<String, JsonNode> other) {
        public Encryption {
            other = Members.copy(other, Encryption.class);
        }
    }

    public record Transport(
            Integer maxBitrate,
            Integer maxLatency,
            Integer minLatency,
            String protocol,
            Integer smoothingLatency,
            String streamId,
            @JsonAnySetter @JsonAnyGetter java.util.Map<String, JsonNode> other) {
        public Transport {
            other = Members.copy(other, Transport.class);
        }
    }

    public record Source(
            Integer dataTransferSubscriberFeePercent,
            Encryption decryption,
            String description,
            String entitlementArn,
            String ingestIp,
            Integer ingestPort,
            String name,
            String sourceArn,
            Transport transport,
            String whitelistCidr,
            @JsonAnySetter @JsonAnyGetter java.util.Map<String, JsonNode> other) {
        public Source {
            other = Members.copy(other, Source.class);
        }
    }

    public record Output(
            Integer dataTransferSubscriberFeePercent,
            String description,
            String destination,
            Encryption encryption,
            String entitlementArn,
            String mediaLiveInputArn,
            String name,
            String outputArn,
            Integer port,
            Transport transport,
            @JsonAnySetter @JsonAnyGetter java.util.Map<String, JsonNode> other) {
        public Output {
            other = Members.copy(other, Output.class);
        }
    }

    public record Entitlement(
            Integer dataTransferSubscriberFeePercent,
            String description,
            Encryption encryption,
            String entitlementArn,
            String entitlementStatus,
            String name,
            List<String> subscribers,
            @JsonAnySetter @JsonAnyGetter java.util.Map<String, JsonNode> other) {
        public Entitlement {
            subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
            other = Members.copy(other, Entitlement.class);
        }
    }

    public record Flow(
            String availabilityZone,
            String description,
            String egressIp,
            List<Entitlement> entitlements,
            String flowArn,
            String name,
            List<Output> outputs,
            Source source,
            List<Source> sources,
            String status,
            @JsonAnySetter @JsonAnyGetter java.util.Map<String, JsonNode> other) {
        public Flow {
            other = Members.copy(other, Flow.class);
        }
    }

    public record ListedFlow(
            String availabilityZone,
            String description,
            String flowArn,
            String name,
            String sourceType,
            String status) {}

    public record ListedEntitlement(
            Integer dataTransferSubscriberFeePercent, String entitlementArn, String entitlementName) {}

    public record Messages(List<String> errors) {}
}
