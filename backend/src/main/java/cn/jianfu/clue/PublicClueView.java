package cn.jianfu.clue;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a reporter sees with the query code: status, the office's answers and their own additions.
 * No internal notes, no findings of individual units, no staff names.
 */
public record PublicClueView(
        String clueNo,
        ClueCategory category,
        String categoryLabel,
        ClueStatus status,
        String statusLabel,
        String outcome,
        String mergedIntoClueNo,
        List<ClueMessage> messages,
        List<FileInfo> files,
        Rating rating,
        String ratingComment,
        boolean canSupplement,
        boolean canRate,
        boolean canReopen,
        LocalDateTime submittedAt,
        LocalDateTime closedAt) {

    public record FileInfo(String fileName, long size, LocalDateTime uploadedAt) {}
}
