package cn.jianfu.admission;

import java.time.LocalDateTime;

/** One co-signer (加签人) of one review round, with their opinion once given. */
class CoSignerRow {
    Long id;
    long applicationId;
    String roundTaskId;
    long signerUserId;
    String signerUsername;
    String signerName;
    String signerOrgName;
    long addedByUserId;
    LocalDateTime addedAt;
    String taskId;
    CoSignDecision decision;
    String comment;
    LocalDateTime decidedAt;
}
