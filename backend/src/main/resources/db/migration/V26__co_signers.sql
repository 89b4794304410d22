-- 加签: a reviewer adds co-signers to the review in front of them; when the reviewer passes it,
-- each co-signer gets a step of their own (the multi-instance Task_CoSignReview in admission.bpmn)
-- and the application goes on to approval only if all of them agree. A round is the review task the
-- co-signers were added to; their opinions are kept here (free text stays out of the engine).
CREATE TABLE co_signer (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    round_task_id    VARCHAR(64)   NOT NULL,
    signer_user_id   BIGINT        NOT NULL,
    added_by_user_id BIGINT        NOT NULL,
    added_at         DATETIME(3)   NOT NULL,
    task_id          VARCHAR(64),
    decision         VARCHAR(10),
    comment          VARCHAR(2000),
    decided_at       DATETIME(3),
    CONSTRAINT uk_co_signer_round UNIQUE (round_task_id, signer_user_id),
    CONSTRAINT fk_co_signer_application FOREIGN KEY (application_id) REFERENCES admission_application (id),
    CONSTRAINT fk_co_signer_user FOREIGN KEY (signer_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_co_signer_added_by FOREIGN KEY (added_by_user_id) REFERENCES app_user (id)
);

CREATE INDEX ix_co_signer_application ON co_signer (application_id, id);
