-- Two nodes may sweep at the same moment (a manual sweep, a retried job). Each rule's warnings are
-- brought up to date in one transaction that first locks this single row, so two sweeps take turns
-- instead of interleaving their upserts and range updates on the warning table (which deadlocked
-- on MariaDB) or resolving what the other had just found again.
CREATE TABLE warning_sweep_turn (
    id          INT         NOT NULL PRIMARY KEY,
    last_sweep  VARCHAR(36) NULL,
    last_rule   VARCHAR(40) NULL,
    swept_at    DATETIME    NULL
);
INSERT INTO warning_sweep_turn (id) VALUES (1);
