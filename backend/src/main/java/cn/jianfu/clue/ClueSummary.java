package cn.jianfu.clue;

import java.time.LocalDateTime;
import java.util.List;

/** A line of the clue lists. Never carries anything about the reporter. */
public record ClueSummary(
        long id,
        String clueNo,
        ClueCategory category,
        String categoryLabel,
        ClueSource source,
        String reportedUnitName,
        String place,
        String excerpt,
        ClueStatus status,
        String statusLabel,
        List<String> unitNames,
        boolean dualAssigned,
        boolean typical,
        LocalDateTime createdAt,
        LocalDateTime closedAt) {}
