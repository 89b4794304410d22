-- 本次修改: what the applicant handed over at each submission of an application, so that after a
-- return and resubmission the reviewers see field by field what changed and how the pre-check moved.
-- form_json is the submitted form (ApplicationForm as JSON, utf8mb4 like every text here);
-- prior_findings_json the pre-check findings that stood when this submission was made (those of the
-- previous submission; empty at the first). One row per submission: the unique key stops a double
-- click from recording one twice.
CREATE TABLE application_submission (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id       BIGINT       NOT NULL,
    submission_no        INT          NOT NULL,
    form_json            LONGTEXT     NOT NULL,
    prior_findings_json  LONGTEXT     NOT NULL,
    submitted_by_user_id BIGINT       NOT NULL,
    submitted_at         DATETIME(3)  NOT NULL,
    CONSTRAINT uk_application_submission UNIQUE (application_id, submission_no),
    CONSTRAINT fk_application_submission_application FOREIGN KEY (application_id) REFERENCES admission_application (id),
    CONSTRAINT fk_application_submission_user FOREIGN KEY (submitted_by_user_id) REFERENCES app_user (id)
);
