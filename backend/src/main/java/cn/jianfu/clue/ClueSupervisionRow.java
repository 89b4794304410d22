package cn.jianfu.clue;

import java.time.LocalDateTime;

/** One row of {@code clue_supervision}, with the unit's and the people's names. */
class ClueSupervisionRow {
    long id;
    long clueId;
    long unitId;
    long orgId;
    String orgName;
    String requestText;
    LocalDateTime dueAt;
    String issuedBy;
    String issuedByName;
    LocalDateTime issuedAt;
    String answerText;
    String answeredBy;
    String answeredByName;
    LocalDateTime answeredAt;

    boolean answered() {
        return answeredAt != null;
    }
}
