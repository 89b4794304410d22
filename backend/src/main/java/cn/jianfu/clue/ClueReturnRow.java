package cn.jianfu.clue;

import java.time.LocalDateTime;

/** One row of {@code clue_return}, with the returning unit's and the people's names. */
class ClueReturnRow {
    long id;
    long unitId;
    long orgId;
    String orgName;
    String reason;
    String returnedBy;
    String returnedByName;
    LocalDateTime returnedAt;
    ReassignDecision decision;
    Long reassignedUnitId;
    String decidedBy;
    String decidedByName;
    LocalDateTime decidedAt;

    ClueReturn view() {
        return new ClueReturn(
                id,
                unitId,
                orgId,
                orgName,
                reason,
                returnedBy,
                returnedByName == null ? returnedBy : returnedByName,
                returnedAt,
                decision,
                reassignedUnitId,
                decidedBy,
                decidedBy == null ? null : decidedByName == null ? decidedBy : decidedByName,
                decidedAt);
    }
}
