package cn.jianfu.workflow;

import java.time.LocalDateTime;

/** One case copied to someone, as the database answers it. */
class CopiedCase {
    String subjectType;
    long subjectId;
    String copiedByName;
    LocalDateTime copiedAt;
}
