package cn.jianfu.clue;

import java.time.LocalDateTime;

/** One row of {@code clue_return}, with the returning unit's name. */
class ClueReturnRow {
    long id;
    long unitId;
    long orgId;
    String orgName;
    String reason;
    String returnedBy;
    LocalDateTime returnedAt;
    ReassignDecision decision;
    Long reassignedUnitId;
    String decidedBy;
    LocalDateTime decidedAt;

    ClueReturn view() {
        return new ClueReturn(
                id,
                unitId,
                orgId,
                orgName,
                reason,
                returnedBy,
                returnedAt,
                decision,
                reassignedUnitId,
                decidedBy,
                decidedAt);
    }
}
