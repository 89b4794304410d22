-- Problem clues (问题线索): what was reported, how it was handled, and the reporter's rating.
-- The reporter's name and phone are stored only AES-GCM encrypted; the query code only as a BCrypt
-- hash. No IP address, user agent or other client trace is stored anywhere.
CREATE TABLE clue (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    clue_no               VARCHAR(20)   NOT NULL,
    category              VARCHAR(30)   NOT NULL,
    source                VARCHAR(20)   NOT NULL,
    reported_org_id       BIGINT        NULL,
    reported_unit_text    VARCHAR(100)  NULL,
    place                 VARCHAR(200)  NULL,
    occurred_when         VARCHAR(100)  NULL,
    description           VARCHAR(4000) NOT NULL,
    anonymous             BOOLEAN       NOT NULL DEFAULT TRUE,
    reporter_name_enc     VARCHAR(400)  NULL,
    reporter_phone_enc    VARCHAR(400)  NULL,
    query_code_hash       VARCHAR(100)  NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    process_instance_id   VARCHAR(64)   NULL,
    recorded_by           VARCHAR(50)   NULL,
    merged_into_id        BIGINT        NULL,
    not_accepted_reason   VARCHAR(2000) NULL,
    dual_assigned         BOOLEAN       NOT NULL DEFAULT FALSE,
    reopen_count          INT           NOT NULL DEFAULT 0,
    reply                 VARCHAR(4000) NULL,
    replied_at            DATETIME(3)   NULL,
    rating                VARCHAR(20)   NULL,
    rating_comment        VARCHAR(1000) NULL,
    rated_at              DATETIME(3)   NULL,
    typical               BOOLEAN       NOT NULL DEFAULT FALSE,
    typical_summary       VARCHAR(2000) NULL,
    typical_at            DATETIME(3)   NULL,
    assigned_at           DATETIME(3)   NULL,
    closed_at             DATETIME(3)   NULL,
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    CONSTRAINT uk_clue_no UNIQUE (clue_no),
    CONSTRAINT fk_clue_reported_org FOREIGN KEY (reported_org_id) REFERENCES org_unit (id),
    CONSTRAINT fk_clue_merged_into FOREIGN KEY (merged_into_id) REFERENCES clue (id)
);
CREATE INDEX ix_clue_status ON clue (status, created_at);
CREATE INDEX ix_clue_created ON clue (created_at);

-- One row per unit a clue was assigned to (双交办: a grassroots unit and a county department).
CREATE TABLE clue_unit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    clue_id         BIGINT        NOT NULL,
    org_id          BIGINT        NOT NULL,
    unit_role       VARCHAR(20)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    outcome         VARCHAR(20)   NULL,
    findings        VARCHAR(4000) NULL,
    verified_by     VARCHAR(50)   NULL,
    verified_at     DATETIME(3)   NULL,
    plan            VARCHAR(4000) NULL,
    plan_deadline   DATE          NULL,
    planned_at      DATETIME(3)   NULL,
    report          VARCHAR(4000) NULL,
    reported_at     DATETIME(3)   NULL,
    accepted_at     DATETIME(3)   NULL,
    send_back_count INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_clue_unit UNIQUE (clue_id, org_id),
    CONSTRAINT fk_clue_unit_clue FOREIGN KEY (clue_id) REFERENCES clue (id),
    CONSTRAINT fk_clue_unit_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_clue_unit_org ON clue_unit (org_id);

-- What the reporter added later and what the office answered (the reporter sees both).
CREATE TABLE clue_message (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    clue_id    BIGINT        NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    content    VARCHAR(4000) NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    CONSTRAINT fk_clue_message_clue FOREIGN KEY (clue_id) REFERENCES clue (id)
);
CREATE INDEX ix_clue_message_clue ON clue_message (clue_id, id);

-- Running number of clues per year, for clue numbers like XS-2026-0001.
CREATE TABLE clue_counter (
    counter_year INT NOT NULL PRIMARY KEY,
    last_no      INT NOT NULL
);
