-- The admission list's two-year review (动态调整), bpmn/list-review.bpmn. One review per item and
-- validity period: open_item_id is the item's id while the review runs and NULL once it has ended,
-- so two nodes (or a double click) starting the same review open it once. Villages and townships
-- in the item's scope give feedback once each (UNIQUE review + organisation). A changed item keeps
-- its earlier versions in admission_item_version; a withdrawn one its withdrawal date.
CREATE TABLE list_review (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id              BIGINT        NOT NULL,
    open_item_id         BIGINT        NULL,
    round_name           VARCHAR(100)  NULL,
    status               VARCHAR(20)   NOT NULL,
    item_expiry_date     DATE          NOT NULL,
    feedback_closes_at   DATETIME(3)   NOT NULL,
    process_instance_id  VARCHAR(64)   NULL,
    started_by           VARCHAR(64)   NOT NULL,
    started_at           DATETIME(3)   NOT NULL,
    proposal             VARCHAR(20)   NULL,
    proposal_reason      VARCHAR(2000) NULL,
    proposed_by          VARCHAR(64)   NULL,
    proposed_at          DATETIME(3)   NULL,
    new_item_name        VARCHAR(100)  NULL,
    new_content          VARCHAR(4000) NULL,
    new_standard         VARCHAR(2000) NULL,
    new_hours            DECIMAL(5,1)  NULL,
    finished_at          DATETIME(3)   NULL,
    CONSTRAINT uk_list_review_open UNIQUE (open_item_id),
    CONSTRAINT uk_list_review_period UNIQUE (item_id, item_expiry_date),
    CONSTRAINT fk_list_review_item FOREIGN KEY (item_id) REFERENCES admission_item (id)
);
CREATE INDEX ix_list_review_status ON list_review (status);

CREATE TABLE list_review_feedback (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id     BIGINT        NOT NULL,
    org_id        BIGINT        NOT NULL,
    user_id       BIGINT        NOT NULL,
    verdict       VARCHAR(20)   NOT NULL,
    actual_hours  DECIMAL(5,1)  NULL,
    comment_text  VARCHAR(1000) NULL,
    created_at    DATETIME(3)   NOT NULL,
    CONSTRAINT uk_list_review_feedback UNIQUE (review_id, org_id),
    CONSTRAINT fk_list_review_feedback_review FOREIGN KEY (review_id) REFERENCES list_review (id),
    CONSTRAINT fk_list_review_feedback_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

ALTER TABLE admission_item ADD COLUMN version_no INT NOT NULL DEFAULT 1;
ALTER TABLE admission_item ADD COLUMN withdrawn_on DATE NULL;

CREATE TABLE admission_item_version (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id                  BIGINT        NOT NULL,
    version_no               INT           NOT NULL,
    item_name                VARCHAR(100)  NOT NULL,
    content                  VARCHAR(4000) NOT NULL,
    performance_standard     VARCHAR(2000) NOT NULL,
    workload_hours_per_month DECIMAL(5,1)  NULL,
    effective_date           DATE          NOT NULL,
    replaced_on              DATE          NOT NULL,
    review_id                BIGINT        NULL,
    CONSTRAINT uk_admission_item_version UNIQUE (item_id, version_no),
    CONSTRAINT fk_admission_item_version_item FOREIGN KEY (item_id) REFERENCES admission_item (id)
);
