package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;

/** An open clue that reads like the one being triaged. */
@Schema(description = "疑似重复的线索")
public record DuplicateSuggestion(
        @Schema(description = "线索 id（合并办理时作为 mergeIntoClueId）") long id,
        @Schema(description = "线索编号") String clueNo,
        @Schema(description = ClueDocs.CATEGORY) ClueCategory category,
        @Schema(description = ClueDocs.STATUS) ClueStatus status,
        @Schema(description = "问题描述摘要（超过80个字时截断）") String excerpt,
        @Schema(description = "相似度，0–1，保留两位小数") double similarity) {}
