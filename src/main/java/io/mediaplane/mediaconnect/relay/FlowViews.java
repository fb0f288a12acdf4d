package io.mediaplane.mediaconnect.relay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-flow view of running flows, shaped like DescribeFlow (lowerCamel names): each flow with
 * its sources (address, port, playout delay) and outputs, and their counters and bitrates.
 */
final class FlowViews {
    private FlowViews() {}

    static List<Map<String, Object>> of(Collection<RunningFlow> flows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RunningFlow f : flows) {
            Map<String, Object> flow = new LinkedHashMap<>();
            flow.put("flowArn", f.plan().flowArn());
            flow.put("name", f.plan().flowName());
            flow.put("accountId", f.plan().accountId());
            List<Map<String, Object>> sources = new ArrayList<>();
            for (Ingest i : f.ingests()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("name", i.plan.name());
                s.put("protocol", i.plan.protocol());
                s.put("ingestIp", i.plan.ingestIp());
                s.put("ingestPort", i.plan.entitlementArn() == null ? i.plan.ingestPort() : null);
                s.put("entitlementArn", i.plan.entitlementArn());
                s.put("playoutDelayMillis", i.delayNanos() / 1_000_000.0);
                s.put("bitrate", Math.round(i.rate.bitsPerSecond()));
                counters(s, Tally.Source.values(), i.tally);
                sources.add(s);
            }
            flow.put("sources", sources);
            List<Map<String, Object>> outputs = new ArrayList<>();
            for (Output o : f.outputs()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", o.plan().name());
                m.put("protocol", o.plan().protocol());
                m.put("destination", o.plan().destination());
                m.put("port", o.plan().entitlementArn() == null ? o.plan().port() : null);
                m.put("entitlementArn", o.plan().entitlementArn());
                counters(m, Tally.Output.values(), o.tally());
                outputs.add(m);
            }
            flow.put("outputs", outputs);
            out.add(flow);
        }
        out.sort(Comparator.comparing(m -> (String) m.get("flowArn")));
        return out;
    }

    /** PACKETS as "packets", DROPPED_ALLOW_LIST as "droppedAllowList". */
    private static void counters(Map<String, Object> into, Enum<?>[] keys, Tally tally) {
        for (Enum<?> key : keys) {
            String[] words = key.name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder name = new StringBuilder(words[0]);
            for (int w = 1; w < words.length; w++) {
                name.append(Character.toUpperCase(words[w].charAt(0))).append(words[w].substring(1));
            }
            into.put(name.toString(), tally.get(key));
        }
    }
}
