package cn.jianfu.clue;

/** One row of {@code portal_submission_key}. */
class PortalSubmissionKeyRow {
    String keyHash;
    Long clueId;
    String queryCodeEnc;
}
