-- Village work-item admission applications and the admission list they feed.
CREATE TABLE admission_application (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_token               VARCHAR(64)   NULL,
    item_name                  VARCHAR(100)  NULL,
    category                   VARCHAR(20)   NULL,
    legal_basis                VARCHAR(2000) NULL,
    content                    VARCHAR(4000) NULL,
    performance_standard       VARCHAR(2000) NULL,
    lead_org_id                BIGINT        NULL,
    target_scope               VARCHAR(20)   NULL,
    workload_hours_per_month   DECIMAL(5,1)  NULL,
    frequency                  VARCHAR(20)   NULL,
    requires_data_reporting    BOOLEAN       NOT NULL DEFAULT FALSE,
    requires_signboard         BOOLEAN       NOT NULL DEFAULT FALSE,
    requires_certificate       BOOLEAN       NOT NULL DEFAULT FALSE,
    requires_app_or_chat_group BOOLEAN       NOT NULL DEFAULT FALSE,
    requires_check_in          BOOLEAN       NOT NULL DEFAULT FALSE,
    requires_photo_proof       BOOLEAN       NOT NULL DEFAULT FALSE,
    funding_follows            BOOLEAN       NOT NULL DEFAULT FALSE,
    funding_note               VARCHAR(500)  NULL,
    valid_from                 DATE          NULL,
    valid_to                   DATE          NULL,
    self_assessment            VARCHAR(4000) NULL,
    status                     VARCHAR(20)   NOT NULL,
    applicant_user_id          BIGINT        NOT NULL,
    applicant_org_id           BIGINT        NOT NULL,
    process_instance_id        VARCHAR(64)   NULL,
    refusal_reason             VARCHAR(2000) NULL,
    precheck_village_count     INT           NULL,
    precheck_total_hours       DECIMAL(10,1) NULL,
    prechecked_at              DATETIME(3)   NULL,
    submitted_at               DATETIME(3)   NULL,
    decided_at                 DATETIME(3)   NULL,
    created_at                 DATETIME(3)   NOT NULL,
    updated_at                 DATETIME(3)   NOT NULL,
    CONSTRAINT uk_admission_application_token UNIQUE (client_token),
    CONSTRAINT fk_admission_application_lead FOREIGN KEY (lead_org_id) REFERENCES org_unit (id),
    CONSTRAINT fk_admission_application_user FOREIGN KEY (applicant_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_admission_application_org FOREIGN KEY (applicant_org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_admission_application_org ON admission_application (applicant_org_id, status);
CREATE INDEX ix_admission_application_status ON admission_application (status);

CREATE TABLE admission_application_org (
    application_id BIGINT      NOT NULL,
    org_id         BIGINT      NOT NULL,
    relation       VARCHAR(20) NOT NULL,
    PRIMARY KEY (application_id, relation, org_id),
    CONSTRAINT fk_admission_application_org_app FOREIGN KEY (application_id) REFERENCES admission_application (id),
    CONSTRAINT fk_admission_application_org_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

CREATE TABLE admission_precheck_finding (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    code           VARCHAR(40)   NOT NULL,
    level          VARCHAR(10)   NOT NULL,
    message        VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_precheck_finding_app FOREIGN KEY (application_id) REFERENCES admission_application (id)
);
CREATE INDEX ix_precheck_finding_app ON admission_precheck_finding (application_id);

-- The published admission list (准入清单): a snapshot of what was approved.
CREATE TABLE admission_item (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    list_no              VARCHAR(20)   NOT NULL,
    application_id       BIGINT        NULL,
    item_name            VARCHAR(100)  NOT NULL,
    category             VARCHAR(20)   NOT NULL,
    lead_org_id          BIGINT        NOT NULL,
    cooperating_orgs     VARCHAR(1000) NULL,
    legal_basis          VARCHAR(2000) NULL,
    content              VARCHAR(4000) NOT NULL,
    performance_standard VARCHAR(2000) NOT NULL,
    frequency            VARCHAR(20)   NULL,
    effective_date       DATE          NOT NULL,
    expiry_date          DATE          NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    CONSTRAINT uk_admission_item_list_no UNIQUE (list_no),
    CONSTRAINT uk_admission_item_application UNIQUE (application_id),
    CONSTRAINT fk_admission_item_lead FOREIGN KEY (lead_org_id) REFERENCES org_unit (id),
    CONSTRAINT fk_admission_item_application FOREIGN KEY (application_id) REFERENCES admission_application (id)
);
CREATE INDEX ix_admission_item_category ON admission_item (category);
