package cn.jianfu.clue;

import java.time.LocalDateTime;

/** A clue as stored; MyBatis reads and writes the fields directly. The reporter's fields stay encrypted here. */
class ClueRow {
    Long id;
    String clueNo;
    ClueCategory category;
    ClueSource source;
    Long reportedOrgId;
    String reportedUnitText;
    String place;
    String occurredWhen;
    String description;
    boolean anonymous;
    String reporterNameEnc;
    String reporterPhoneEnc;
    String queryCodeHash;
    ClueStatus status;
    String processInstanceId;
    String recordedBy;
    Long mergedIntoId;
    String notAcceptedReason;
    boolean dualAssigned;
    int reopenCount;
    String reply;
    LocalDateTime repliedAt;
    Rating rating;
    String ratingComment;
    LocalDateTime ratedAt;
    RatingVia ratingVia;
    boolean typical;
    String typicalSummary;
    LocalDateTime typicalAt;
    LocalDateTime assignedAt;
    /** When the office completed triage (响应). */
    LocalDateTime firstResponseAt;

    LocalDateTime closedAt;
    LocalDateTime createdAt;
    LocalDateTime updatedAt;
}
