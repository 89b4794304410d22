-- 未诉先办: a recurring problem the office turns into a special rectification topic (专项治理),
-- handled by bpmn/special-topic.bpmn (the lead unit rectifies and reports, the office accepts or
-- sends it back). Clues are linked to the topic they belong to, each once. Reports and the
-- office's words live here, never in process variables.
CREATE TABLE special_topic (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    title               VARCHAR(100)  NOT NULL,
    description         VARCHAR(2000) NOT NULL,
    lead_org_id         BIGINT        NOT NULL,
    deadline            DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    process_instance_id VARCHAR(64)   NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    closed_at           DATETIME(3)   NULL,
    CONSTRAINT fk_special_topic_lead FOREIGN KEY (lead_org_id) REFERENCES org_unit (id)
);

CREATE TABLE special_topic_clue (
    topic_id  BIGINT      NOT NULL,
    clue_id   BIGINT      NOT NULL,
    linked_by VARCHAR(64) NOT NULL,
    linked_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_special_topic_clue PRIMARY KEY (topic_id, clue_id),
    CONSTRAINT fk_special_topic_clue_topic FOREIGN KEY (topic_id) REFERENCES special_topic (id),
    CONSTRAINT fk_special_topic_clue_clue FOREIGN KEY (clue_id) REFERENCES clue (id)
);

CREATE TABLE special_topic_report (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic_id   BIGINT        NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    text_body  VARCHAR(4000) NOT NULL,
    by_user    VARCHAR(64)   NOT NULL,
    by_name    VARCHAR(50)   NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    CONSTRAINT fk_special_topic_report_topic FOREIGN KEY (topic_id) REFERENCES special_topic (id)
);
