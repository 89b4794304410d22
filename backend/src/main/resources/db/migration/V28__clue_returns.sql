-- 退单: a unit holding a clue's verification returns it as "not our business" within the time limit
-- (jianfu.clue.return-working-days). The reason is free text, so it lives here and never in the
-- engine's variables; the office's answer (重新交办 to another unit, or carry on with the other units)
-- is kept on the same row. One return per assigned unit: the unique key turns a double click into
-- "already returned".
CREATE TABLE clue_return (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    clue_id             BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    org_id              BIGINT        NOT NULL,
    reason              VARCHAR(500)  NOT NULL,
    returned_by         VARCHAR(64)   NOT NULL,
    returned_at         DATETIME(3)   NOT NULL,
    decision            VARCHAR(20),
    reassigned_unit_id  BIGINT,
    decided_by          VARCHAR(64),
    decided_at          DATETIME(3),
    CONSTRAINT uk_clue_return_unit UNIQUE (unit_id),
    CONSTRAINT fk_clue_return_clue FOREIGN KEY (clue_id) REFERENCES clue (id),
    CONSTRAINT fk_clue_return_unit FOREIGN KEY (unit_id) REFERENCES clue_unit (id),
    CONSTRAINT fk_clue_return_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

CREATE INDEX ix_clue_return_clue ON clue_return (clue_id, returned_at);
