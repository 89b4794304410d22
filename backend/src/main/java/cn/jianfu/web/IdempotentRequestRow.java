package cn.jianfu.web;

import java.time.LocalDateTime;

/** A claimed Idempotency-Key: the request it was first used for and, once answered, the answer. */
class IdempotentRequestRow {
    String keyHash;
    String fingerprint;
    Integer status;
    String contentType;
    byte[] body;
    LocalDateTime createdAt;
    LocalDateTime answeredAt;

    boolean answered() {
        return status != null;
    }
}
