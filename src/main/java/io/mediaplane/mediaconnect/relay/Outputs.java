package io.mediaplane.mediaconnect.relay;

import java.io.IOException;
import java.util.Set;

/** Which transports the relay carries, and the output for an output plan. */
final class Outputs {
    static final Set<String> CARRIED = Set.of("rtp", "rtp-fec");

    private Outputs() {}

    static Output open(FlowPlan.OutputPlan plan, EntitlementHub hub, Timers timers) throws RelayException {
        if (plan.entitlementArn() != null) {
            return new EntitlementOutput(plan, Tally.forOutput(), hub);
        }
        Output udp;
        try {
            udp = new UdpOutput(plan, Tally.forOutput());
        } catch (IOException | IllegalArgumentException e) {
            throw new RelayException(
                    RelayException.Reason.INVALID_PLAN,
                    "cannot open output " + plan.name() + " to " + plan.destination() + ":" + plan.port() + ": "
                            + e.getMessage(),
                    e);
        }
        Integer smoothing = plan.smoothingLatencyMillis();
        return smoothing == null || smoothing <= 0 ? udp : new PacedOutput(udp, smoothing, timers);
    }

    /** Refuses a transport the relay cannot carry, with a message saying so plainly. */
    static void requireCarried(String protocol, String what) throws RelayException {
        if (protocol == null || !CARRIED.contains(protocol)) {
            String why = "zixi-push".equals(protocol) || "zixi-pull".equals(protocol)
                    ? "Zixi is a proprietary protocol with no open implementation"
                    : "only rtp and rtp-fec are carried";
            throw new RelayException(
                    RelayException.Reason.TRANSPORT_NOT_AVAILABLE,
                    "Transport " + protocol + " (" + what + ") is not available in Mediaplane: " + why
                            + "; the configuration is kept, but no media flows through it.");
        }
    }
}
