-- 督办: the office issues a supervision order with a deadline to one of a clue's assigned units, and
-- the unit answers it. The request and the answer are free text (utf8mb4 like every text here), so
-- they live here and never in the engine's variables. open_unit_id is the unit's row while the order
-- waits for its answer and NULL once answered: the unique key allows one open order per unit, so a
-- double click or two officers at once cannot leave two.
CREATE TABLE clue_supervision (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    clue_id       BIGINT         NOT NULL,
    unit_id       BIGINT         NOT NULL,
    org_id        BIGINT         NOT NULL,
    request_text  VARCHAR(500)   NOT NULL,
    due_at        DATETIME(3)    NOT NULL,
    issued_by     VARCHAR(64)    NOT NULL,
    issued_at     DATETIME(3)    NOT NULL,
    answer_text   VARCHAR(2000),
    answered_by   VARCHAR(64),
    answered_at   DATETIME(3),
    open_unit_id  BIGINT,
    CONSTRAINT uk_clue_supervision_open UNIQUE (open_unit_id),
    CONSTRAINT fk_clue_supervision_clue FOREIGN KEY (clue_id) REFERENCES clue (id),
    CONSTRAINT fk_clue_supervision_unit FOREIGN KEY (unit_id) REFERENCES clue_unit (id),
    CONSTRAINT fk_clue_supervision_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

CREATE INDEX ix_clue_supervision_clue ON clue_supervision (clue_id, issued_at);
CREATE INDEX ix_clue_supervision_org_open ON clue_supervision (org_id, answered_at, due_at);
