-- MediaConnect ingest addresses: which flow holds each address of the --media-addresses pool. A flow
-- takes a free one when it is created and keeps it until it is deleted, so its IngestIp is stable.
CREATE TABLE ingest_addresses (
    address   VARCHAR(64)   PRIMARY KEY,
    flow_arn  VARCHAR(2048) NOT NULL
);
CREATE INDEX ingest_addresses_flow ON ingest_addresses (flow_arn);

-- Several servers on one PostgreSQL database (multi-node): each node renews its heartbeat while it
-- runs; a flow runs on the one node holding its lease, and a lease whose node's heartbeat expired
-- may be taken over by another node.
CREATE TABLE node_heartbeats (
    node_id     VARCHAR(64) PRIMARY KEY,
    expires_at  BIGINT      NOT NULL
);
CREATE TABLE flow_leases (
    flow_arn  VARCHAR(2048) PRIMARY KEY,
    node_id   VARCHAR(64)   NOT NULL
);
CREATE INDEX flow_leases_node ON flow_leases (node_id);
