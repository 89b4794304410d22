package cn.jianfu.clue;

import java.time.LocalDateTime;
import java.util.Set;

/** One row of {@code clue_extension}, with the unit's and the people's names. */
class ClueExtensionRow {
    long id;
    long clueId;
    long unitId;
    long orgId;
    String orgName;
    String taskId;
    String step;
    String reason;
    LocalDateTime dueBefore;
    LocalDateTime requestedDue;
    String requestedBy;
    String requestedByName;
    LocalDateTime requestedAt;
    ExtensionStatus status;
    LocalDateTime grantedDue;
    String decisionNote;
    String decidedBy;
    String decidedByName;
    LocalDateTime decidedAt;

    /** A request still pending whose task is no longer open shows as lapsed. */
    ClueExtension view(Set<String> openTaskIds) {
        ExtensionStatus shown =
                status == ExtensionStatus.PENDING && !openTaskIds.contains(taskId) ? ExtensionStatus.LAPSED : status;
        return new ClueExtension(
                id,
                unitId,
                orgId,
                orgName,
                taskId,
                step,
                reason,
                dueBefore,
                requestedDue,
                requestedByName == null ? requestedBy : requestedByName,
                requestedAt,
                shown,
                grantedDue,
                decisionNote,
                decidedBy == null ? null : decidedByName == null ? decidedBy : decidedByName,
                decidedAt);
    }
}
