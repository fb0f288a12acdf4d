-- MediaStore Data objects: one row per committed object, keyed by the container's endpoint id and the
-- object path (no leading slash). The bytes live in the blob store under the data dir, one immutable file
-- per upload named by blob_id; a row is written only after its blob is durable, and an overwrite swaps
-- blob_id in one compare-and-set, so a row never points at a partial or shared file.
CREATE TABLE objects (
    container_id   VARCHAR(64)   NOT NULL,
    path           VARCHAR(1024) NOT NULL,
    folder         VARCHAR(1024) NOT NULL,
    blob_id        VARCHAR(64)   NOT NULL,
    size           BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    etag           VARCHAR(64)   NOT NULL,
    content_type   VARCHAR(255),
    cache_control  TEXT,
    created_at     BIGINT        NOT NULL,
    PRIMARY KEY (container_id, path)
);
CREATE INDEX objects_folder ON objects (container_id, folder);
CREATE UNIQUE INDEX objects_blob ON objects (blob_id);
