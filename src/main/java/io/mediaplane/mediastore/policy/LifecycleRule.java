package io.mediaplane.mediastore.policy;

import io.mediaplane.aws.Wildcard;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One validated rule of a MediaStore object lifecycle policy.
 *
 * @param action what happens to a matching object once it is old enough
 * @param pathType whether {@link #paths} are prefixes or {@code *} wildcard patterns (a rule never mixes them)
 * @param paths 1 to 10 object paths, relative to the container (no leading slash)
 * @param unit {@link ChronoUnit#SECONDS} for {@code seconds_since_create}, {@link ChronoUnit#DAYS} for
 *     {@code days_since_create}
 * @param inclusive true for {@code ">="}, false for {@code ">"}
 * @param amount the number of seconds or days
 */
public record LifecycleRule(
        Action action, PathType pathType, List<String> paths, ChronoUnit unit, boolean inclusive, long amount) {

    /** The rule's action. */
    public enum Action {
        /** Delete the object. */
        EXPIRE,
        /**
         * Move the object to the infrequent access (IA) storage class. Mediaplane has a single storage class, so
         * this is validated and reported ({@link LifecyclePolicy#archiveAt}) but has no other effect.
         */
        ARCHIVE
    }

    /** How the rule's paths match object paths. */
    public enum PathType {
        PREFIX,
        WILDCARD
    }

    /** The three rule types of the MediaStore user guide. */
    public enum Kind {
        /** {@code seconds_since_create} + EXPIRE; applies only to objects added after the policy took effect. */
        TRANSIENT_DATA,
        /** {@code days_since_create} + EXPIRE; applies to all objects, including ones that already existed. */
        DELETE_OBJECT,
        /** {@code days_since_create >= 30} + ARCHIVE. */
        LIFECYCLE_TRANSITION
    }

    /** Takes an immutable copy of the paths. */
    public LifecycleRule {
        paths = List.copyOf(paths);
    }

    /** The rule type. */
    public Kind kind() {
        if (action == Action.ARCHIVE) {
            return Kind.LIFECYCLE_TRANSITION;
        }
        return unit == ChronoUnit.SECONDS ? Kind.TRANSIENT_DATA : Kind.DELETE_OBJECT;
    }

    /** Whether the rule covers an object at {@code path} (container-relative, no leading slash). */
    public boolean matches(String path) {
        for (String p : paths) {
            if (pathType == PathType.PREFIX ? path.startsWith(p) : Wildcard.matchesStars(p, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first instant at which an object created at {@code createdAt} satisfies the age test. Ages are counted
     * in whole seconds, so {@code "> N"} is due one second after N units and {@code ">= N"} exactly at N units
     * (the user guide: a {@code "> 15"} second rule deletes objects 16 seconds after they are added).
     */
    public Instant dueAt(Instant createdAt) {
        Instant boundary = createdAt.plus(amount, unit);
        return inclusive ? boundary : boundary.plusSeconds(1);
    }
}
