-- Idempotent state-changing calls of logged-in users: the browser sends one Idempotency-Key per
-- action (a click on 提交, 通过, 退回 ...) and the same key on a retry. The first request claims the
-- key; a retry after it finished gets the first answer again (status, type and body), a retry while
-- it runs gets 409, and a key reused for a different request gets 422. Only successful answers are
-- kept (a refused request changed nothing and may be tried again), for a day.
CREATE TABLE idempotent_request (
    key_hash      CHAR(32)      NOT NULL PRIMARY KEY,
    fingerprint   CHAR(64)      NOT NULL,
    status        INT           NULL,
    content_type  VARCHAR(200)  NULL,
    body          LONGBLOB      NULL,
    created_at    DATETIME(3)   NOT NULL,
    answered_at   DATETIME(3)   NULL
);

CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);
