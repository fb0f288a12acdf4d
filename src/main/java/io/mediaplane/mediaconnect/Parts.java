package io.mediaplane.mediaconnect;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediaplane.mediaconnect.RequestShapes.AddOutputRequest;
import io.mediaplane.mediaconnect.RequestShapes.GrantEntitlementRequest;
import io.mediaplane.mediaconnect.RequestShapes.SetSourceRequest;
import io.mediaplane.mediaconnect.ResourceShapes.Encryption;
import io.mediaplane.mediaconnect.ResourceShapes.Entitlement;
import io.mediaplane.mediaconnect.ResourceShapes.Output;
import io.mediaplane.mediaconnect.ResourceShapes.Source;
import io.mediaplane.mediaconnect.ResourceShapes.Transport;
import io.mediaplane.store.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a flow's source, outputs and entitlements from their request structures, checking
 * {@link FlowRules} on the way. Request members this server does not model go where AWS reports
 * them: transport settings into {@code transport}, the rest onto the resource itself.
 */
final class Parts {
    /** Members of the newer request structures that AWS reports inside {@code transport}. */
    static final Set<String> TRANSPORT_MEMBERS = Set.of(
            "maxSyncBuffer",
            "senderControlPort",
            "senderIpAddress",
            "sourceListenerAddress",
            "sourceListenerPort",
            "remoteId",
            "cidrAllowList",
            "ndiSpeedHqQuality",
            "ndiProgramName");

    private Parts() {}

    /**
     * A source receiving on {@code ingestIp}; {@code sourceArn} null for a new one. Entitled sources
     * name another account's entitlement.
     */
    static Source source(
            Scope scope, String flowKey, String sourceArn, String flowName, SetSourceRequest r, String ingestIp) {
        String name = r.name() == null ? flowName : r.name();
        FlowRules.name("source", name);
        String arn = sourceArn != null ? sourceArn : Arns.arn(scope, "source", Arns.newId(2, flowKey), name);
        Map<String, JsonNode> transportOther = Members.select(r.other(), TRANSPORT_MEMBERS, true);
        Map<String, JsonNode> own = Members.select(r.other(), TRANSPORT_MEMBERS, false);
        if (r.entitlementArn() != null) {
            if (r.protocol() != null || r.ingestPort() != null || r.whitelistCidr() != null) {
                throw FlowRules.bad("A source that uses an entitlement takes no protocol, ingestPort or whitelistCidr:"
                        + " the stream comes from the entitlement's flow");
            }
            Encryption decryption = FlowRules.encryption("decryption", r.decryption(), null);
            return new Source(
                    null, decryption, r.description(), r.entitlementArn(), null, null, name, arn, null, null, own);
        }
        if (r.protocol() == null) {
            throw FlowRules.bad("The source needs a protocol (for example rtp or rtp-fec) or an entitlementArn");
        }
        Integer port = r.protocol().equals("zixi-push") ? Integer.valueOf(FlowRules.ZIXI_PUSH_PORT) : r.ingestPort();
        FlowRules.ingestPort(r.protocol(), port);
        FlowRules.whitelistCidr(r.whitelistCidr());
        Encryption decryption = FlowRules.encryption("decryption", r.decryption(), r.protocol());
        Transport transport = new Transport(
                r.maxBitrate(), r.maxLatency(), r.minLatency(), r.protocol(), null, r.streamId(), transportOther);
        return new Source(
                null, decryption, r.description(), null, ingestIp, port, name, arn, transport, r.whitelistCidr(), own);
    }

    /** The source with another ingest address. */
    static Source at(Source s, String ingestIp) {
        return new Source(
                s.dataTransferSubscriberFeePercent(),
                s.decryption(),
                s.description(),
                s.entitlementArn(),
                ingestIp,
                s.ingestPort(),
                s.name(),
                s.sourceArn(),
                s.transport(),
                s.whitelistCidr(),
                s.other());
    }

    /** The request that would create {@code current}, for applying an update on top of it. */
    static SetSourceRequest asRequest(Source current) {
        Transport t = current.transport();
        Map<String, JsonNode> other = t == null ? current.other() : Members.merge(current.other(), t.other());
        return new SetSourceRequest(
                current.decryption(),
                current.description(),
                current.entitlementArn(),
                t == null ? null : current.ingestPort(),
                t == null ? null : t.maxBitrate(),
                t == null ? null : t.maxLatency(),
                t == null ? null : t.minLatency(),
                current.name(),
                t == null ? null : t.protocol(),
                t == null ? null : t.streamId(),
                current.whitelistCidr(),
                other);
    }

    /** An output; {@code outputArn} and {@code name} are the existing ones on update, null for a new output. */
    static Output output(Scope scope, String flowKey, String outputArn, AddOutputRequest r) {
        String id = outputArn == null ? Arns.newId(3, flowKey) : null;
        String name = r.name() != null ? r.name() : "output-" + (id == null ? "" : id.substring(id.length() - 12));
        FlowRules.name("output", name);
        String arn = outputArn != null ? outputArn : Arns.arn(scope, "output", id, name);
        Integer port = r.port() == null && r.protocol().equals("zixi-push")
                ? Integer.valueOf(FlowRules.ZIXI_PUSH_PORT)
                : r.port();
        FlowRules.outputTarget(r.protocol(), r.destination(), port);
        Encryption encryption = FlowRules.encryption("encryption", r.encryption(), r.protocol());
        Transport transport = new Transport(
                null,
                r.maxLatency(),
                r.minLatency(),
                r.protocol(),
                r.smoothingLatency(),
                r.streamId(),
                Members.select(r.other(), TRANSPORT_MEMBERS, true));
        return new Output(
                null,
                r.description(),
                r.destination(),
                encryption,
                null,
                null,
                name,
                arn,
                port,
                transport,
                Members.select(r.other(), TRANSPORT_MEMBERS, false));
    }

    static AddOutputRequest asRequest(Output current) {
        Transport t = current.transport();
        return new AddOutputRequest(
                current.description(),
                current.destination(),
                current.encryption(),
                t.maxLatency(),
                t.minLatency(),
                current.name(),
                current.port(),
                t.protocol(),
                t.smoothingLatency(),
                t.streamId(),
                Members.merge(current.other(), t.other()));
    }

    /** The output an entitlement adds to its own flow once a subscriber's flow uses it. */
    static Output entitlementOutput(Scope scope, String flowKey, Entitlement e) {
        String arn = Arns.arn(scope, "output", Arns.newId(3, flowKey), e.name());
        return new Output(
                e.dataTransferSubscriberFeePercent(),
                "Output for entitlement " + e.name(),
                null,
                e.encryption(),
                e.entitlementArn(),
                null,
                e.name(),
                arn,
                null,
                null,
                Map.of());
    }

    /** An entitlement; {@code entitlementArn} and the name are the existing ones on update. */
    static Entitlement entitlement(Scope scope, String flowKey, String entitlementArn, GrantEntitlementRequest r) {
        String id = entitlementArn == null ? Arns.newId(4, flowKey) : null;
        String name = r.name() != null ? r.name() : "entitlement-" + (id == null ? "" : id.substring(id.length() - 12));
        FlowRules.name("entitlement", name);
        if (r.subscribers().isEmpty()) {
            throw FlowRules.bad("An entitlement needs at least one subscriber (an AWS account id)");
        }
        Set<String> subscribers = new LinkedHashSet<>();
        for (String s : r.subscribers()) {
            FlowRules.accountId(s);
            subscribers.add(s);
        }
        Encryption encryption = FlowRules.encryption("encryption", r.encryption(), null);
        String arn = entitlementArn != null ? entitlementArn : Arns.arn(scope, "entitlement", id, name);
        return new Entitlement(
                r.dataTransferSubscriberFeePercent() == null ? 0 : r.dataTransferSubscriberFeePercent(),
                r.description(),
                encryption,
                arn,
                r.entitlementStatus() == null ? "ENABLED" : r.entitlementStatus(),
                name,
                new ArrayList<>(subscribers),
                r.other());
    }

    static GrantEntitlementRequest asRequest(Entitlement current) {
        return new GrantEntitlementRequest(
                current.dataTransferSubscriberFeePercent(),
                current.description(),
                current.encryption(),
                current.entitlementStatus(),
                current.name(),
                current.subscribers(),
                current.other());
    }

    static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** The list with the element at {@code index} replaced. */
    static <T> List<T> replaced(List<T> list, int index, T value) {
        List<T> out = new ArrayList<>(list);
        out.set(index, value);
        return out;
    }
}
