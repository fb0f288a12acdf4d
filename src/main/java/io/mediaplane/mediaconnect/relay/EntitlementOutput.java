package io.mediaplane.mediaconnect.relay;

/** An output created by an entitlement: packets go, in process, to the flows subscribed to it. */
final class EntitlementOutput implements Output {
    private final FlowPlan.OutputPlan plan;
    private final Tally tally;
    private final EntitlementHub hub;

    EntitlementOutput(FlowPlan.OutputPlan plan, Tally tally, EntitlementHub hub) {
        this.plan = plan;
        this.tally = tally;
        this.hub = hub;
    }

    @Override
    public void send(byte[] buf, int off, int len) {
        hub.publish(plan.entitlementArn(), buf, off, len);
        tally.add(Tally.Output.PACKETS, 1);
        tally.add(Tally.Output.BYTES, len);
    }

    @Override
    public FlowPlan.OutputPlan plan() {
        return plan;
    }

    @Override
    public Tally tally() {
        return tally;
    }

    @Override
    public void close() {
        // nothing held: subscribers stay subscribed to the entitlement, not to this output
    }
}
