package io.mediaplane.config;

/**
 * A per-account quota of a service, with AWS's default. Services check their own (and answer
 * their model's limit error); {@code --quotas} changes the limits. A service with quotas adds its
 * kinds here.
 *
 * @param service the service's name in the quotas file (its botocore client name)
 * @param name the quota's name in the quotas file
 */
public enum Quota {
    /** AWS: 100 containers per account in each Region. */
    MEDIASTORE_CONTAINERS("mediastore", "containers", 100, "containers per account and Region"),
    /** AWS: 20 flows per account in each Region (an increase can be requested). */
    MEDIACONNECT_FLOWS("mediaconnect", "flows", 20, "flows per account and Region"),
    /** AWS: 50 outputs per transport stream flow (fixed). */
    MEDIACONNECT_OUTPUTS_PER_FLOW("mediaconnect", "outputsPerFlow", 50, "outputs per flow"),
    /** AWS: 50 entitlements per flow (fixed). */
    MEDIACONNECT_ENTITLEMENTS_PER_FLOW("mediaconnect", "entitlementsPerFlow", 50, "entitlements per flow");

    private final String service;
    private final String quotaName;
    private final int awsDefault;
    private final String description;

    Quota(String service, String quotaName, int awsDefault, String description) {
        this.service = service;
        this.quotaName = quotaName;
        this.awsDefault = awsDefault;
        this.description = description;
    }

    public String service() {
        return service;
    }

    public String quotaName() {
        return quotaName;
    }

    public int awsDefault() {
        return awsDefault;
    }

    public String description() {
        return description;
    }
}
