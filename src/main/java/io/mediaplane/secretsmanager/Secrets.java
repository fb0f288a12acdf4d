package io.mediaplane.secretsmanager;

import io.mediaplane.aws.Arn;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Database;
import io.mediaplane.store.ResourceTable;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secrets of every account: how a {@code SecretId} (a name, a full ARN, or an ARN without its
 * random suffix) finds its secret in the caller's scope, and the purge of secrets whose recovery
 * window has passed, which happens when they are next touched and at start-up.
 */
final class Secrets {
    static final String KIND = "secretsmanager/secret";
    private static final Pattern SUFFIXED = Pattern.compile(".+-[A-Za-z0-9]{6}");
    private static final char[] SUFFIX_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PAGE = 500;

    private final ResourceTable<SecretRecord> table;
    private final SecretValues values;

    Secrets(Database db, SecretValues values) {
        this.table = new ResourceTable<>(db, KIND, SecretRecord.class);
        this.values = values;
    }

    ResourceTable<SecretRecord> table() {
        return table;
    }

    SecretValues values() {
        return values;
    }

    static Scope scope(RequestContext context) {
        return new Scope(context.accountId(), context.region());
    }

    /** A new secret's ARN: its name and AWS's hyphen and six random letters and digits. */
    static String newArn(Scope scope, String name) {
        char[] suffix = new char[6];
        for (int i = 0; i < suffix.length; i++) {
            suffix[i] = SUFFIX_CHARS[RANDOM.nextInt(SUFFIX_CHARS.length)];
        }
        return Arn.of("secretsmanager", scope.region(), scope.accountId(), "secret:" + name + "-" + new String(suffix))
                .toString();
    }

    /** The secret a SecretId names in this scope (in any state but gone), or empty. */
    Optional<Stored<SecretRecord>> find(Scope scope, String secretId, Instant now) {
        Optional<Stored<SecretRecord>> found = lookUp(scope, secretId);
        if (found.isPresent() && found.get().value().deletedBy(now)) {
            purge(scope, found.get());
            return Optional.empty();
        }
        return found;
    }

    /** The secret, or ResourceNotFoundException. */
    Stored<SecretRecord> require(RequestContext context, String secretId) {
        return find(scope(context), secretId, context.received()).orElseThrow(SecretsManagerError::notFound);
    }

    /** The secret if it is not scheduled for deletion; InvalidRequestException if it is. */
    Stored<SecretRecord> requireLive(RequestContext context, String secretId) {
        Stored<SecretRecord> s = require(context, secretId);
        if (s.value().scheduledForDeletion()) {
            throw SecretsManagerError.markedForDeletion();
        }
        return s;
    }

    private Optional<Stored<SecretRecord>> lookUp(Scope scope, String secretId) {
        Optional<Arn> arn = Arn.parse(secretId);
        if (arn.isEmpty()) {
            return table.get(scope, secretId);
        }
        Arn a = arn.get();
        if (!a.service().equals("secretsmanager")
                || !a.account().equals(scope.accountId())
                || !a.region().equals(scope.region())
                || !a.resource().startsWith("secret:")) {
            return Optional.empty();
        }
        String rest = a.resource().substring("secret:".length());
        if (SUFFIXED.matcher(rest).matches()) { // a full ARN: the name before the suffix, and the exact ARN
            Optional<Stored<SecretRecord>> full = table.get(scope, rest.substring(0, rest.length() - 7));
            if (full.isPresent() && full.get().arn().equals(secretId)) {
                return full;
            }
        }
        return table.get(scope, rest); // a partial ARN: everything after "secret:" is the name
    }

    /** Removes a secret and its values for good (values after the document, so none is left readable). */
    void purge(Scope scope, Stored<SecretRecord> secret) {
        if (table.delete(scope, secret.name(), secret.version())) {
            values.deleteAll(secret.arn());
        }
    }

    /** Purges every secret, in any account, whose recovery window has passed; returns how many. */
    int purgeExpired(Instant now) {
        List<Stored<SecretRecord>> due = new ArrayList<>();
        String after = null;
        while (true) {
            List<Stored<SecretRecord>> page = table.listAll(after, PAGE);
            page.stream().filter(s -> s.value().deletedBy(now)).forEach(due::add);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).arn();
        }
        for (Stored<SecretRecord> s : due) {
            Arn arn = Arn.parse(s.arn()).orElseThrow();
            purge(new Scope(arn.account(), arn.region()), s);
        }
        return due.size();
    }

    /** Every secret of a scope, in name order (ListSecrets filters and sorts them itself). */
    List<Stored<SecretRecord>> all(Scope scope) {
        List<Stored<SecretRecord>> out = new ArrayList<>();
        String after = null;
        while (true) {
            List<Stored<SecretRecord>> page = table.list(scope, after, PAGE);
            out.addAll(page);
            if (page.size() < PAGE) {
                return out;
            }
            after = page.get(page.size() - 1).name();
        }
    }
}
