package cn.jianfu.clue;

import java.time.LocalDateTime;

/** One row of {@code clue_callback}, with the caller's name. */
class ClueCallbackRow {
    long id;
    long clueId;
    boolean reached;
    Boolean satisfied;
    String note;
    String calledBy;
    String calledByName;
    LocalDateTime calledAt;

    ClueCallback view() {
        return new ClueCallback(id, reached, satisfied, note, calledBy, calledByName, calledAt);
    }
}
