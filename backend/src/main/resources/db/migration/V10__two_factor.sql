-- Two-factor sign-in (TOTP, RFC 6238) for staff. The secret is stored AES-GCM encrypted; a code is
-- accepted once (the last used time step is kept); recovery codes are stored as BCrypt hashes.
CREATE TABLE user_two_factor (
    user_id        BIGINT       NOT NULL PRIMARY KEY,
    secret_enc     VARCHAR(200) NOT NULL,
    enabled_at     DATETIME(3)  NULL,
    last_used_step BIGINT       NULL,
    CONSTRAINT fk_two_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE user_recovery_code (
    id        BIGINT       AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT       NOT NULL,
    code_hash VARCHAR(100) NOT NULL,
    used_at   DATETIME(3)  NULL,
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_recovery_code_user ON user_recovery_code (user_id);
