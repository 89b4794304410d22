-- Daily digest (每日摘要): a person may ask for one e-mail / gateway message a day instead of one
-- per event. Their deliveries wait as HELD; the morning run bundles those still unread in the app
-- into one digest notification (kind DIGEST) whose own deliveries are sent and retried as any
-- other, marks them DIGESTED with the digest's id, and marks those already read in the app SKIPPED.
ALTER TABLE notification_preference ADD COLUMN daily_digest BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE notification_delivery ADD COLUMN digest_id BIGINT NULL;
CREATE INDEX ix_notification_delivery_digest ON notification_delivery (digest_id);
