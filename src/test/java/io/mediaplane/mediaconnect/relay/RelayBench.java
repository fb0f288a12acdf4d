package io.mediaplane.mediaconnect.relay;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The relay for bench/relay/run.sh: one rtp flow on 127.0.0.1 from the first port to the others,
 * until stdin closes. {@code java -cp <test classpath> io.mediaplane.mediaconnect.relay.RelayBench 5000 6000 6002}
 */
public final class RelayBench {
    private RelayBench() {}

    public static void main(String[] args) throws Exception {
        int in = Integer.parseInt(args[0]);
        List<FlowPlan.OutputPlan> outputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            outputs.add(Plans.output("out" + i, "rtp", Integer.parseInt(args[i])));
        }
        try (RelayEngine engine = new RelayEngine("127.0.0.1", new SimpleMeterRegistry())) {
            FlowPlan plan = Plans.flow("bench", Plans.source("rtp", in), outputs);
            engine.start(plan);
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until stdin closes
            }
            System.err.println(engine.stats(plan.flowArn()).orElseThrow());
        }
    }
}
