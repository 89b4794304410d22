-- 回访: the office calls back a reporter who left a phone number, while the clue awaits the
-- reporter's rating after the reply. Every attempt is a row; the note is free text, so it lives here
-- and never in the engine's variables (the tables take the database's utf8mb4 default, set by V9).
-- A call that reached the reporter carries their verdict (satisfied true/false) and is recorded as
-- the clue's rating, the same as a rating on the portal (clue.rating, with clue.rating_via CALLBACK),
-- so 满意率 counts it; satisfied is NULL when the reporter was not reached.
CREATE TABLE clue_callback (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    clue_id     BIGINT       NOT NULL,
    reached     BOOLEAN      NOT NULL,
    satisfied   BOOLEAN      NULL,
    note        VARCHAR(500) NULL,
    called_by   VARCHAR(64)  NOT NULL,
    called_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_clue_callback_clue FOREIGN KEY (clue_id) REFERENCES clue (id)
);

CREATE INDEX ix_clue_callback_clue ON clue_callback (clue_id, called_at);

-- Where the clue's rating came from: PORTAL (the reporter with the query code) or CALLBACK (回访).
ALTER TABLE clue ADD COLUMN rating_via VARCHAR(20) NULL AFTER rated_at;
UPDATE clue SET rating_via = 'PORTAL' WHERE rating IS NOT NULL;

-- First response (响应): the office's, set once when it completes triage (accepted and assigned, not
-- accepted, or merged); a unit's, set once at its first act on its assignment (claiming or completing
-- the verification, 退单, or any later step). Earlier clues take what was kept: the assignment or
-- the end of a clue not accepted or merged, a unit's verification or return (claims were not kept).
ALTER TABLE clue ADD COLUMN first_response_at DATETIME(3) NULL AFTER assigned_at;
ALTER TABLE clue_unit ADD COLUMN first_response_at DATETIME(3) NULL AFTER verify_due_at;

UPDATE clue SET first_response_at = CASE WHEN status IN ('NOT_ACCEPTED', 'MERGED') THEN closed_at ELSE assigned_at END
WHERE status <> 'TRIAGE';

UPDATE clue_unit u
SET u.first_response_at = COALESCE(u.verified_at,
                                   (SELECT MIN(r.returned_at) FROM clue_return r WHERE r.unit_id = u.id));

-- 响应率 counts a unit's first response, not its verification: the dashboard's live look for
-- assignments whose time limit passed unanswered (ClueTallyMapper.overdueUnverified) reads this.
CREATE INDEX ix_clue_unit_unanswered ON clue_unit (first_response_at, verify_due_at);
