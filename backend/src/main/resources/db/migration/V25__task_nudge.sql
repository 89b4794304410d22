-- 催办: the applicant (or, for clues, the office) nudges whoever holds the open steps of a case, at
-- most once per case and county day: the unique key makes a double click, a retry or a second node
-- answer "already nudged today" instead of nudging twice.
CREATE TABLE task_nudge (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    process_key   VARCHAR(64)  NOT NULL,
    business_key  VARCHAR(64)  NOT NULL,
    nudge_day     DATE         NOT NULL,
    nudged_by     VARCHAR(50)  NOT NULL,
    nudged_at     DATETIME(3)  NOT NULL,
    handlers      INT          NOT NULL,
    CONSTRAINT uk_task_nudge_day UNIQUE (process_key, business_key, nudge_day)
);
