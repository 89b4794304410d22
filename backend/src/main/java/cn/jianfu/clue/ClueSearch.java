package cn.jianfu.clue;

import java.time.LocalDateTime;

/** Filters of the clue lists; {@code unitOrgId} limits the list to clues assigned to that unit. */
record ClueSearch(
        Long unitOrgId,
        ClueStatus status,
        ClueCategory category,
        ClueSource source,
        String keyword,
        LocalDateTime from,
        LocalDateTime to,
        Boolean typical) {}
