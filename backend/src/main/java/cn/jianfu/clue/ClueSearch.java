package cn.jianfu.clue;

import java.time.LocalDateTime;

/**
 * Filters of the clue lists. {@code unitOrgId} limits the list to clues assigned to that unit,
 * {@code townshipId} to clues assigned to the township or one of its villages; {@code bucket} to
 * the clues behind one dashboard figure (a unit-level bucket applies to the assignment of that unit,
 * or of any unit in the township, or of any unit), judged at {@code now}.
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
        LocalDateTime now) {

    ClueSearch(
            Long unitOrgId,
            ClueStatus status,
            ClueCategory category,
            ClueSource source,
            String keyword,
            LocalDateTime from,
            LocalDateTime to,
            Boolean typical) {
        this(unitOrgId, status, category, source, keyword, from, to, typical, null, null, false, null);
    }
}
