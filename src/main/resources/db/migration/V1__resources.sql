-- Every control-plane resource of every service, as a JSON document, scoped by account and region.
-- version is bumped on every write; updates compare-and-set on it so concurrent writers never lose a write.
CREATE TABLE resources (
    account_id  VARCHAR(12)   NOT NULL,
    region      VARCHAR(64)   NOT NULL,
    kind        VARCHAR(64)   NOT NULL,
    name        VARCHAR(1024) NOT NULL,
    arn         VARCHAR(2048) NOT NULL,
    alias       VARCHAR(255),
    version     BIGINT        NOT NULL,
    created_at  BIGINT        NOT NULL,
    document    TEXT          NOT NULL,
    PRIMARY KEY (account_id, region, kind, name)
);
CREATE UNIQUE INDEX resources_arn ON resources (arn);
CREATE UNIQUE INDEX resources_alias ON resources (kind, alias);

-- Server-wide settings that must be shared by every node and survive restarts (e.g. the pagination-token key).
CREATE TABLE settings (
    name   VARCHAR(128) PRIMARY KEY,
    value  TEXT NOT NULL
);
