-- 抄送: a case (an application or a clue) copied to a person or an organisation, who may then read
-- it (never act on it) and finds it under 抄送我的. A recipient is copied once per case: the unique
-- keys turn a double click or a second node into "already copied".
CREATE TABLE case_copy (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_type      VARCHAR(40)  NOT NULL,
    subject_id        BIGINT       NOT NULL,
    to_user_id        BIGINT,
    to_org_id         BIGINT,
    copied_by_user_id BIGINT       NOT NULL,
    copied_at         DATETIME(3)  NOT NULL,
    CONSTRAINT uk_case_copy_user UNIQUE (subject_type, subject_id, to_user_id),
    CONSTRAINT uk_case_copy_org UNIQUE (subject_type, subject_id, to_org_id),
    CONSTRAINT fk_case_copy_user FOREIGN KEY (to_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_case_copy_org FOREIGN KEY (to_org_id) REFERENCES org_unit (id),
    CONSTRAINT fk_case_copy_by FOREIGN KEY (copied_by_user_id) REFERENCES app_user (id)
);

CREATE INDEX ix_case_copy_to_user ON case_copy (to_user_id, copied_at);
CREATE INDEX ix_case_copy_to_org ON case_copy (to_org_id, copied_at);
