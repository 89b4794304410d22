package cn.jianfu.clue;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One assigned unit of a clue, with its verification and rectification. */
class ClueUnitRow {
    Long id;
    Long clueId;
    Long orgId;
    UnitRole unitRole;
    UnitStatus status;
    VerificationOutcome outcome;
    String findings;
    String verifiedBy;
    LocalDateTime verifiedAt;
    /** When the unit's verification is due (the step's due date); null for assignments from before it was kept. */
    LocalDateTime verifyDueAt;
    /** The unit's first act on the assignment: claiming or completing its verification, or 退单. */
    LocalDateTime firstResponseAt;

    String plan;
    LocalDate planDeadline;
    LocalDateTime plannedAt;
    String report;
    LocalDateTime reportedAt;
    LocalDateTime acceptedAt;
    int sendBackCount;
}
