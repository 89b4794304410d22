-- Sessions end when an account changes: every session remembers the version it was opened with,
-- and disabling a user, changing their roles, organisation or password bumps it.
ALTER TABLE app_user ADD COLUMN session_version INT NOT NULL DEFAULT 0;

-- Failed logins, shared by every node: per client and user name (growing delays) and per client
-- (password spraying). The client is stored only as a hash of its address.
CREATE TABLE login_throttle (
    throttle_key      VARCHAR(200) NOT NULL PRIMARY KEY,
    failures          INT          NOT NULL,
    window_started_at DATETIME(3)  NOT NULL,
    last_failure_at   DATETIME(3)  NOT NULL
);
