-- Token buckets of the rate limits (the public portal's submissions and look-ups), kept by Bucket4j
-- so that every node counts against the same bucket. The key is an opaque keyed hash of the client,
-- never its address; expires_at lets whichever node cleans up drop buckets that have refilled.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(100) NOT NULL PRIMARY KEY,
    state      BLOB,
    expires_at BIGINT
);

CREATE INDEX ix_rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
