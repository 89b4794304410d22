package cn.jianfu.security;

import java.time.LocalDateTime;

record TwoFactorRow(long userId, String secretEnc, LocalDateTime enabledAt, Long lastUsedStep) {

    boolean enabled() {
        return enabledAt != null;
    }
}
