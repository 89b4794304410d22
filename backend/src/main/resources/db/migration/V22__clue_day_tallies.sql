-- The dashboard's clue figures, summed per day of receipt (day_key = year * 10000 + month * 100 +
-- day), so that a county's year of clues is read from a few thousand rows instead of every clue and
-- assignment (bench/ at 100,000 clues: about 1.3 s per request before), and any period of whole days
-- (the dashboard's periods are days) is a range of keys. A day is recomputed from the clue tables,
-- by the same conditions as the live queries, whenever one of its clues changed: every write to
-- clue or clue_unit adds the clue's day to clue_tally_stale in the same transaction, and the
-- dashboard (or the minute's refresh on one node) recomputes the stale days first.

-- per day and assigned unit: the tallies behind the unit rates (monitor/MonitorMapper.xml,
-- unitFigures); response_due here counts verified assignments only: those whose time limit passed
-- unverified depend on the moment of reading and are counted live.
CREATE TABLE clue_day_unit (
    day_key            INT    NOT NULL,
    org_id             BIGINT NOT NULL,
    assigned           BIGINT NOT NULL,
    response_due       BIGINT NOT NULL,
    responded_on_time  BIGINT NOT NULL,
    substantiated      BIGINT NOT NULL,
    resolved           BIGINT NOT NULL,
    closed             BIGINT NOT NULL,
    rated              BIGINT NOT NULL,
    satisfied          BIGINT NOT NULL,
    finished           BIGINT NOT NULL,
    on_time            BIGINT NOT NULL,
    PRIMARY KEY (day_key, org_id)
);

-- per day, scope and category: clue counts. scope_org_id 0 is the county (every clue); otherwise a
-- unit the clue was assigned to, or the township of an assigned village (each clue once per scope).
CREATE TABLE clue_day_scope (
    day_key       INT         NOT NULL,
    scope_org_id  BIGINT      NOT NULL,
    category      VARCHAR(30) NOT NULL,
    received      BIGINT      NOT NULL,
    accepted      BIGINT      NOT NULL,
    closed        BIGINT      NOT NULL,
    rated         BIGINT      NOT NULL,
    satisfied     BIGINT      NOT NULL,
    PRIMARY KEY (scope_org_id, day_key, category)
);

-- per day, scope (as above) and township: distinct clues assigned to the township or its villages
CREATE TABLE clue_day_township (
    day_key       INT    NOT NULL,
    scope_org_id  BIGINT NOT NULL,
    township_id   BIGINT NOT NULL,
    clues         BIGINT NOT NULL,
    PRIMARY KEY (scope_org_id, day_key, township_id)
);

-- recomputing a day deletes its rows first: by day, not by scanning every scope
CREATE INDEX ix_clue_day_scope_day ON clue_day_scope (day_key);
CREATE INDEX ix_clue_day_township_day ON clue_day_township (day_key);

-- days to recompute; one row per change (no unique key, so writers never wait on each other)
CREATE TABLE clue_tally_stale (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    day_key  INT    NOT NULL
);

-- the single row a refresh locks first, so two nodes refresh one after the other
CREATE TABLE clue_tally_turn (
    id            INT         NOT NULL PRIMARY KEY,
    refreshed_at  DATETIME(3) NULL
);
INSERT INTO clue_tally_turn (id) VALUES (1);

-- every day that has clues is computed on first use
INSERT INTO clue_tally_stale (day_key)
SELECT DISTINCT YEAR(created_at) * 10000 + MONTH(created_at) * 100 + DAYOFMONTH(created_at) FROM clue;

-- the assignments whose verification time limit may pass unverified, counted live
CREATE INDEX ix_clue_unit_unverified ON clue_unit (verified_at, verify_due_at);
