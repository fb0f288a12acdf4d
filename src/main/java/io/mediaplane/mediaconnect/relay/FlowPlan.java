package io.mediaplane.mediaconnect.relay;

import java.util.List;

/**
 * What one flow must do on the wire, as decided by the control plane.
 *
 * @param flowArn the flow's ARN (its identity in the runtime)
 * @param accountId the owner account
 * @param flowName the flow's name, for metric tags and logs
 * @param sources one source, or two with failover (the first is primary)
 * @param outputs every output, including those created by entitlements
 */
public record FlowPlan(
        String flowArn, String accountId, String flowName, List<SourcePlan> sources, List<OutputPlan> outputs) {

    public FlowPlan {
        sources = List.copyOf(sources);
        outputs = List.copyOf(outputs);
    }

    /**
     * A source: either UDP ingest on {@code ingestIp}:{@code ingestPort}, or (when {@code
     * entitlementArn} is set) the stream another account's flow sends to that entitlement.
     *
     * @param protocol the MediaConnect protocol value (rtp, rtp-fec, zixi-push, ...)
     * @param ingestIp the address to receive on (an IP literal); null for the runtime's shared media address
     * @param whitelistCidr packets from outside this CIDR are dropped and counted; null allows all
     * @param maxBitrate bits per second; excess packets are dropped and counted; null for no limit
     * @param maxLatencyMillis the source's MaxLatency (for the protocols that have one; not rtp or rtp-fec)
     */
    public record SourcePlan(
            String sourceArn,
            String name,
            String protocol,
            String ingestIp,
            int ingestPort,
            String whitelistCidr,
            Integer maxBitrate,
            Integer maxLatencyMillis,
            String entitlementArn) {}

    /**
     * An output: to {@code destination}:{@code port} over UDP, or (when {@code entitlementArn} is
     * set) to the flows of the accounts subscribed to that entitlement.
     *
     * @param protocol rtp, rtp-fec (FEC generated on port+2 and port+4), zixi-push, ...
     * @param smoothingLatencyMillis pacing window for the output; null for none
     */
    public record OutputPlan(
            String outputArn,
            String name,
            String protocol,
            String destination,
            int port,
            Integer smoothingLatencyMillis,
            String entitlementArn) {}
}
