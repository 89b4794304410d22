-- Notifications (消息提醒): one row per person and event (the unique key is what makes "the same
-- event never notifies the same person twice" hold across retries and nodes), what each person
-- wants beyond the in-app list, and the outbox of e-mail and webhook deliveries with their retries.
CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT        NOT NULL,
    event_key    VARCHAR(150)  NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    subject_type VARCHAR(40)   NULL,
    subject_key  VARCHAR(64)   NULL,
    title        VARCHAR(300)  NOT NULL,
    link         VARCHAR(200)  NULL,
    params       VARCHAR(2000) NULL,
    created_at   DATETIME(3)   NOT NULL,
    read_at      DATETIME(3)   NULL,
    CONSTRAINT uk_notification_event UNIQUE (user_id, event_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_notification_unread ON notification (user_id, read_at);

CREATE TABLE notification_preference (
    user_id         BIGINT       NOT NULL PRIMARY KEY,
    email           VARCHAR(200) NULL,
    email_enabled   BOOLEAN      NOT NULL DEFAULT FALSE,
    webhook_to      VARCHAR(100) NULL,
    webhook_enabled BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at      DATETIME(3)  NOT NULL,
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE notification_delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    notification_id BIGINT        NOT NULL,
    channel         VARCHAR(20)   NOT NULL,
    address         VARCHAR(200)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    sent_at         DATETIME(3)   NULL,
    CONSTRAINT uk_notification_delivery UNIQUE (notification_id, channel),
    CONSTRAINT fk_notification_delivery_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
);
CREATE INDEX ix_notification_delivery_due ON notification_delivery (status, next_attempt_at);
