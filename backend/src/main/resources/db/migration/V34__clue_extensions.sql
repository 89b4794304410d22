-- 延期申请: a unit holding a clue's verification, rectification plan or report asks the office for
-- more time, with a reason; the office grants (possibly a shorter time than asked) or refuses. The
-- reason and the office's note are free text, so they live here and never in the engine's variables.
-- The step's due date, its reminder and its escalation timer move with a grant (the engine's task and
-- jobs, clue_unit's verify_due_at or plan_deadline).
CREATE TABLE clue_extension (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    clue_id             BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    org_id              BIGINT        NOT NULL,
    task_id             VARCHAR(64)   NOT NULL,
    step                VARCHAR(40)   NOT NULL,
    reason              VARCHAR(500)  NOT NULL,
    due_before          DATETIME(3)   NOT NULL,
    requested_due       DATETIME(3)   NOT NULL,
    requested_by        VARCHAR(64)   NOT NULL,
    requested_at        DATETIME(3)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    granted_due         DATETIME(3),
    decision_note       VARCHAR(500),
    decided_by          VARCHAR(64),
    decided_at          DATETIME(3),
    CONSTRAINT fk_clue_extension_clue FOREIGN KEY (clue_id) REFERENCES clue (id),
    CONSTRAINT fk_clue_extension_unit FOREIGN KEY (unit_id) REFERENCES clue_unit (id),
    CONSTRAINT fk_clue_extension_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

CREATE INDEX ix_clue_extension_clue ON clue_extension (clue_id, requested_at);
CREATE INDEX ix_clue_extension_task ON clue_extension (task_id, status);
