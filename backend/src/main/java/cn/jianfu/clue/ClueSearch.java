package cn.jianfu.clue;

import java.time.LocalDateTime;

/**
 * Filters of the clue lists. {@code unitOrgId} limits the list to clues assigned to that unit,
 * {@code townshipId} to clues assigned to the township or one of its villages; {@code bucket} to
 * the clues behind one dashboard figure (a unit-level bucket applies to the assignment of that unit,
 * or of any unit in the township, or of any unit), judged at {@code now}; {@code supervised} to the
 * clues with a supervision order (督办) still waiting for its answer, from that unit or township when given.
 */
record ClueSearch(
        Long unitOrgId,
        ClueStatus status,
        ClueCategory category,
        ClueSource source,
        String keyword,
        LocalDateTime from,
        LocalDateTime to,
        Boolean typical,
        Long townshipId,
        String bucket,
        boolean unitBucket,
        LocalDateTime now,
        boolean supervised) {

    ClueSearch(
            Long unitOrgId,
            ClueStatus status,
            ClueCategory category,
            ClueSource source,
            String keyword,
            LocalDateTime from,
            LocalDateTime to,
            Boolean typical) {
        this(unitOrgId, status, category, source, keyword, from, to, typical, null, null, false, null, false);
    }
}
