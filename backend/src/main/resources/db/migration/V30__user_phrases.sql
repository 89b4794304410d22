-- 常用意见: the phrases a user keeps for the comment boxes of their decisions ("同意。", "请补充依据。").
-- Each user's own, at most 30 (checked by the service), in the order the user gives them. The text is
-- compared byte for byte (utf8mb4_bin): the default collation takes all characters outside the BMP
-- as equal, which would make "𠀀" and "😀" the "same" phrase.
CREATE TABLE user_phrase (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT        NOT NULL,
    phrase_text VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    sort_order  INT           NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uk_user_phrase_text UNIQUE (user_id, phrase_text),
    CONSTRAINT fk_user_phrase_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE INDEX ix_user_phrase_order ON user_phrase (user_id, sort_order, id);
