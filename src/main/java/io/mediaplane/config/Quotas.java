package io.mediaplane.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The limits of every {@link Quota}: AWS's defaults, changed for every account or for one by the
 * {@code --quotas} file, a JSON document with limits by service, and by account under
 * {@code accounts}:
 *
 * <pre>{@code
 * {"mediaconnect": {"flows": 100},
 *  "accounts": {"111122223333": {"mediaconnect": {"flows": 5, "outputsPerFlow": 10}}}}
 * }</pre>
 */
public final class Quotas {
    private static final Quotas DEFAULTS = new Quotas(new EnumMap<>(Quota.class), Map.of());
    private static final int MAX = 1_000_000;

    private final Map<Quota, Integer> all;
    private final Map<String, Map<Quota, Integer>> byAccount;

    private Quotas(Map<Quota, Integer> all, Map<String, Map<Quota, Integer>> byAccount) {
        this.all = all;
        this.byAccount = byAccount;
    }

    /** AWS's defaults. */
    public static Quotas defaults() {
        return DEFAULTS;
    }

    /** Reads a quotas file; a message for the user when it cannot be read or names no known quota. */
    public static Quotas load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigLoader.BadConfig("--quotas: cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Quotas from the JSON a quotas file holds. */
    public static Quotas parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new ConfigLoader.BadConfig("--quotas: not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigLoader.BadConfig("--quotas: the file must hold a JSON object");
        }
        Map<Quota, Integer> all = new EnumMap<>(Quota.class);
        Map<String, Map<Quota, Integer>> byAccount = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("accounts")) {
                limits(e.getKey(), e.getValue(), all);
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> a = objectFields(e.getValue(), "accounts"); a.hasNext(); ) {
                Map.Entry<String, JsonNode> account = a.next();
                if (!account.getKey().matches("\\d{12}")) {
                    throw new ConfigLoader.BadConfig("--quotas: '" + account.getKey() + "' is not an account id");
                }
                Map<Quota, Integer> own = new EnumMap<>(Quota.class);
                for (Iterator<Map.Entry<String, JsonNode>> s = objectFields(account.getValue(), account.getKey());
                        s.hasNext(); ) {
                    Map.Entry<String, JsonNode> service = s.next();
                    limits(service.getKey(), service.getValue(), own);
                }
                byAccount.put(account.getKey(), own);
            }
        }
        return new Quotas(all, byAccount);
    }

    private static void limits(String service, JsonNode values, Map<Quota, Integer> into) {
        if (java.util.Arrays.stream(Quota.values()).noneMatch(q -> q.service().equals(service))) {
            find(service, "");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = objectFields(values, service); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Quota q = find(service, e.getKey());
            if (!e.getValue().canConvertToInt()
                    || e.getValue().asInt() < 0
                    || e.getValue().asInt() > MAX) {
                throw new ConfigLoader.BadConfig(
                        "--quotas: " + service + "." + e.getKey() + " must be a whole number from 0 to " + MAX);
            }
            into.put(q, e.getValue().asInt());
        }
    }

    private static Quota find(String service, String name) {
        StringBuilder known = new StringBuilder();
        for (Quota q : Quota.values()) {
            if (q.service().equals(service) && q.quotaName().equals(name)) {
                return q;
            }
            known.append(known.isEmpty() ? "" : ", ")
                    .append(q.service())
                    .append('.')
                    .append(q.quotaName());
        }
        String what = name.isEmpty() ? "no quotas of a service " + service : "no quota " + service + "." + name;
        throw new ConfigLoader.BadConfig("--quotas: " + what + " (known: " + known + ")");
    }

    private static Iterator<Map.Entry<String, JsonNode>> objectFields(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new ConfigLoader.BadConfig("--quotas: '" + where + "' must be a JSON object");
        }
        return node.fields();
    }

    /** The limit for one account. */
    public int limit(Quota quota, String accountId) {
        Map<Quota, Integer> own = byAccount.get(accountId);
        if (own != null && own.containsKey(quota)) {
            return own.get(quota);
        }
        return all.getOrDefault(quota, quota.awsDefault());
    }
}
