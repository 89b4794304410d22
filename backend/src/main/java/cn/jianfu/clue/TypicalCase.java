package cn.jianfu.clue;

import java.time.LocalDateTime;

/** A closed clue published as a typical case (典型问题通报): the office's summary, never the reporter. */
public record TypicalCase(
        String clueNo,
        ClueCategory category,
        String categoryLabel,
        String summary,
        LocalDateTime closedAt,
        LocalDateTime publishedAt) {}
