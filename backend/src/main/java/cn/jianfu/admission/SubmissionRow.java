package cn.jianfu.admission;

import java.time.LocalDateTime;

/** One submission of an application as stored (application_submission). */
class SubmissionRow {
    Long id;
    long applicationId;
    int submissionNo;
    String formJson;
    String priorFindingsJson;
    long submittedByUserId;
    LocalDateTime submittedAt;
}
