-- Append-only audit trail: the application never updates or deletes these rows.
CREATE TABLE audit_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_type   VARCHAR(30)   NOT NULL,
    subject_id     BIGINT        NOT NULL,
    action         VARCHAR(30)   NOT NULL,
    actor_username VARCHAR(50)   NULL,
    actor_name     VARCHAR(50)   NOT NULL,
    decision       VARCHAR(20)   NULL,
    comment        VARCHAR(4000) NULL,
    occurred_at    DATETIME(3)   NOT NULL
);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id, id);

-- File contents live on disk (jianfu.attachments.dir), rows only describe them.
CREATE TABLE attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_type   VARCHAR(30)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    storage_key  VARCHAR(80)  NOT NULL,
    uploaded_by  VARCHAR(50)  NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uk_attachment_storage_key UNIQUE (storage_key)
);
CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id);

-- Reminders and escalations raised by the engine's deadline timers.
CREATE TABLE deadline_notice (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    process_instance_id VARCHAR(64) NOT NULL,
    activity_id         VARCHAR(64) NOT NULL,
    business_key        VARCHAR(64) NULL,
    kind                VARCHAR(20) NOT NULL,
    due_at              DATETIME(3) NULL,
    created_at          DATETIME(3) NOT NULL
);
CREATE INDEX ix_deadline_notice_pi ON deadline_notice (process_instance_id, activity_id);
