package cn.jianfu.clue;

import java.time.LocalDate;

/** Published inside the transaction that issued a supervision order (督办), so the unit's people hear of it. */
record SupervisionIssued(
        long supervisionId, long clueId, String clueNo, long orgId, LocalDate dueDate, String byName) {}
