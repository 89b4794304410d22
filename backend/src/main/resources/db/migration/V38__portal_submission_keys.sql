-- Idempotent portal submissions: the reporter's browser sends one Idempotency-Key per filled-in form,
-- and a retry (a double click, a lost answer on a weak phone connection) gets the first answer - the
-- same clue number and query code - instead of a second clue. The key is kept only as a keyed hash,
-- the query code only encrypted (to be shown again to that retry), and both for a day.
CREATE TABLE portal_submission_key (
    key_hash       CHAR(32)     NOT NULL PRIMARY KEY,
    clue_id        BIGINT,
    query_code_enc VARCHAR(200),
    created_at     DATETIME(3)  NOT NULL
);

CREATE INDEX ix_portal_submission_key_created ON portal_submission_key (created_at);
