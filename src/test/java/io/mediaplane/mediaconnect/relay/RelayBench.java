package io.mediaplane.mediaconnect.relay;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The relay for bench/relay/run.sh, until stdin closes: one rtp flow on 127.0.0.1 from the first
 * port to the others, or (with {@code --flows N}) N rtp flows, flow i from IN + i to OUT + i.
 *
 * <pre>
 * java -cp <test classpath> io.mediaplane.mediaconnect.relay.RelayBench 5000 6000 6002
 * java -cp <test classpath> io.mediaplane.mediaconnect.relay.RelayBench --flows 200 5000 6000
 * </pre>
 */
public final class RelayBench {
    private RelayBench() {}

    public static void main(String[] args) throws Exception {
        List<FlowPlan> plans = new ArrayList<>();
        if (args[0].equals("--flows")) {
            int n = Integer.parseInt(args[1]);
            int in = Integer.parseInt(args[2]);
            int out = Integer.parseInt(args[3]);
            for (int i = 0; i < n; i++) {
                plans.add(Plans.flow(
                        "bench" + i, Plans.source("rtp", in + i), List.of(Plans.output("out", "rtp", out + i))));
            }
        } else {
            List<FlowPlan.OutputPlan> outputs = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                outputs.add(Plans.output("out" + i, "rtp", Integer.parseInt(args[i])));
            }
            plans.add(Plans.flow("bench", Plans.source("rtp", Integer.parseInt(args[0])), outputs));
        }
        try (RelayEngine engine = new RelayEngine("127.0.0.1", new SimpleMeterRegistry())) {
            for (FlowPlan plan : plans) {
                engine.start(plan);
            }
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until stdin closes
            }
            long lost = 0;
            long sent = 0;
            for (FlowPlan plan : plans) {
                FlowStats s = engine.stats(plan.flowArn()).orElseThrow();
                lost += s.packetsLost();
                sent += s.packetsSent();
            }
            System.err.println(plans.size() + " flows: sent " + sent + ", lost " + lost);
        }
    }
}
