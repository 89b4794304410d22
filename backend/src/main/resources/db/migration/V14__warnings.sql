-- Smart warnings (智能预警): what the sweep found, one row per rule and subject while the condition
-- lasts. open_key is "<rule>:<subject>" while the warning is open or acknowledged and NULL once
-- resolved, so a condition that comes back opens a new warning and two sweeps never open two;
-- last_sweep names the sweep that last found it (a sweep resolves what it did not find).
CREATE TABLE warning (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    rule               VARCHAR(40)   NOT NULL,
    severity           VARCHAR(10)   NOT NULL,
    subject_type       VARCHAR(20)   NOT NULL,
    subject_key        VARCHAR(64)   NOT NULL,
    subject_name       VARCHAR(300)  NULL,
    org_id             BIGINT        NULL,
    params             VARCHAR(2000) NULL,
    status             VARCHAR(20)   NOT NULL,
    open_key           VARCHAR(110)  NULL,
    first_seen         DATETIME(3)   NOT NULL,
    last_seen          DATETIME(3)   NOT NULL,
    last_sweep         VARCHAR(36)   NOT NULL,
    acknowledged_by    VARCHAR(50)   NULL,
    acknowledged_name  VARCHAR(50)   NULL,
    acknowledged_note  VARCHAR(1000) NULL,
    acknowledged_at    DATETIME(3)   NULL,
    resolved_at        DATETIME(3)   NULL,
    CONSTRAINT uk_warning_open UNIQUE (open_key)
);
CREATE INDEX ix_warning_status ON warning (status, rule);
CREATE INDEX ix_warning_org ON warning (org_id, status);

-- ShedLock's lock rows (one per scheduled task): the sweep runs on one node at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
