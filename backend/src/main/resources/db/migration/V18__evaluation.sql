-- 基层评机关: townships and villages rate county departments. The office opens a round with the
-- dimensions and departments it chooses; each grassroots user rates each department once (the unique
-- key on round, department and rater makes a double submission a 409, never two ratings); results are
-- computed by the database and shown only for departments rated by enough people. Who rated is kept
-- here and never leaves the server except to the rater; comments stay in their own table until the
-- office has screened them. The tables take the database's utf8mb4 default (set by V9).
CREATE TABLE evaluation_round (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    period_from  DATE         NOT NULL,
    period_to    DATE         NOT NULL,
    opens_at     DATETIME(3)  NOT NULL,
    closes_at    DATETIME(3)  NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    created_by   VARCHAR(50)  NOT NULL,
    created_name VARCHAR(50)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    closed_at    DATETIME(3)  NULL
);
CREATE INDEX ix_evaluation_round_status ON evaluation_round (status, closed_at);

-- The dimensions the office chose for the round (codes of cn.jianfu.evaluation.EvaluationDimension).
CREATE TABLE evaluation_round_dimension (
    round_id  BIGINT      NOT NULL,
    dimension VARCHAR(30) NOT NULL,
    position  INT         NOT NULL,
    PRIMARY KEY (round_id, dimension),
    CONSTRAINT fk_evaluation_dimension_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id)
);

-- The county departments rated in the round.
CREATE TABLE evaluation_round_department (
    round_id BIGINT NOT NULL,
    org_id   BIGINT NOT NULL,
    PRIMARY KEY (round_id, org_id),
    CONSTRAINT fk_evaluation_department_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id),
    CONSTRAINT fk_evaluation_department_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_evaluation_department_org ON evaluation_round_department (org_id);

-- One rating per rater and department in a round.
CREATE TABLE evaluation_rating (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT      NOT NULL,
    org_id        BIGINT      NOT NULL,
    rater_user_id BIGINT      NOT NULL,
    rater_org_id  BIGINT      NOT NULL,
    rated_at      DATETIME(3) NOT NULL,
    CONSTRAINT uk_evaluation_rating UNIQUE (round_id, org_id, rater_user_id),
    CONSTRAINT fk_evaluation_rating_department FOREIGN KEY (round_id, org_id)
        REFERENCES evaluation_round_department (round_id, org_id),
    CONSTRAINT fk_evaluation_rating_rater FOREIGN KEY (rater_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_evaluation_rating_rater_org FOREIGN KEY (rater_org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_evaluation_rating_rater ON evaluation_rating (rater_user_id, round_id);

-- The rating's score on each of the round's dimensions, 1 to 5.
CREATE TABLE evaluation_score (
    rating_id BIGINT      NOT NULL,
    dimension VARCHAR(30) NOT NULL,
    score     TINYINT     NOT NULL,
    PRIMARY KEY (rating_id, dimension),
    CONSTRAINT ck_evaluation_score CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT fk_evaluation_score_rating FOREIGN KEY (rating_id) REFERENCES evaluation_rating (id)
);

-- The rater's optional comment: PENDING until the office approves or rejects it; departments see
-- approved ones only.
CREATE TABLE evaluation_comment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    rating_id     BIGINT        NOT NULL,
    round_id      BIGINT        NOT NULL,
    org_id        BIGINT        NOT NULL,
    content       VARCHAR(1000) NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    screened_by   VARCHAR(50)   NULL,
    screened_name VARCHAR(50)   NULL,
    screened_at   DATETIME(3)   NULL,
    CONSTRAINT uk_evaluation_comment_rating UNIQUE (rating_id),
    CONSTRAINT fk_evaluation_comment_rating FOREIGN KEY (rating_id) REFERENCES evaluation_rating (id)
);
CREATE INDEX ix_evaluation_comment_round ON evaluation_comment (round_id, status);
