package io.mediaplane.aws;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The regions requests may name: the commercial AWS partition's ({@code aws}, whose ARNs this server
 * writes), plus the operator's own from {@code --regions}. Anything else in a credential scope is
 * refused before any resource is touched, so invented regions can neither create resources nor
 * spread an account's quota over many regions.
 */
public final class Regions {
    /** The regions of the {@code aws} partition, as botocore's endpoints.json lists them. */
    static final Set<String> AWS = Set.of(
            "af-south-1",
            "ap-east-1",
            "ap-east-2",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-northeast-3",
            "ap-south-1",
            "ap-south-2",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "ap-southeast-5",
            "ap-southeast-6",
            "ap-southeast-7",
            "ca-central-1",
            "ca-west-1",
            "eu-central-1",
            "eu-central-2",
            "eu-north-1",
            "eu-south-1",
            "eu-south-2",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "il-central-1",
            "me-central-1",
            "me-south-1",
            "mx-central-1",
            "sa-east-1",
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2");

    /** What an operator's region may look like: an ARN's region field, with {@code *} for any run of letters and digits. */
    private static final Pattern OPERATOR = Pattern.compile("[a-z0-9*]+(-[a-z0-9*]+)*");

    private final Set<String> names;
    private final List<Pattern> patterns;

    private Regions(Set<String> names, List<Pattern> patterns) {
        this.names = names;
        this.patterns = patterns;
    }

    /** AWS's regions only. */
    public static Regions aws() {
        return of(List.of());
    }

    /**
     * AWS's regions and the operator's: names such as {@code on-prem-1}, or patterns where {@code *}
     * stands for one or more letters and digits ({@code *-lab-1}).
     *
     * @throws IllegalArgumentException for an entry that could not be an ARN's region
     */
    public static Regions of(List<String> operatorRegions) {
        Set<String> names = new HashSet<>(AWS);
        List<Pattern> patterns = new ArrayList<>();
        for (String r : operatorRegions) {
            if (r.length() > 50 || !OPERATOR.matcher(r).matches()) {
                throw new IllegalArgumentException("'" + r + "' is not a region name: use lower-case letters, digits"
                        + " and single hyphens (and * for any letters and digits), at most 50 characters");
            }
            if (r.indexOf('*') < 0) {
                names.add(r);
            } else {
                patterns.add(Pattern.compile(String.join("[a-z0-9]+", quoteParts(r))));
            }
        }
        return new Regions(Set.copyOf(names), List.copyOf(patterns));
    }

    private static String[] quoteParts(String pattern) {
        String[] parts = pattern.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].isEmpty() ? "" : Pattern.quote(parts[i]);
        }
        return parts;
    }

    /** Whether requests may name this region. */
    public boolean known(String region) {
        if (region == null || region.length() > 50) {
            return false;
        }
        if (names.contains(region)) {
            return true;
        }
        for (Pattern p : patterns) {
            if (p.matcher(region).matches()) {
                return true;
            }
        }
        return false;
    }
}
