-- Secrets Manager secret values, one row per version. The secret itself (name, description, tags, its
-- version ids and their staging labels) is a document in resources; only the values live here, each
-- sealed with AES-256-GCM (nonce || ciphertext || tag, base64) under the server's secrets key, which is
-- kept outside this database. key_id is a one-way fingerprint of that key, so a start with another key
-- is refused instead of failing later. The secret's ARN and the version id are the cipher's associated
-- data: a sealed value copied to another row does not open.
CREATE TABLE secret_versions (
    secret_arn  VARCHAR(2048) NOT NULL,
    version_id  VARCHAR(64)   NOT NULL,
    key_id      VARCHAR(16)   NOT NULL,
    created_at  BIGINT        NOT NULL,
    sealed      TEXT          NOT NULL,
    PRIMARY KEY (secret_arn, version_id)
);
CREATE INDEX secret_versions_key ON secret_versions (key_id);
