package cn.jianfu.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;

/** The office's decision on a comment. */
@Schema(description = "审核评价意见")
public record ScreenForm(@Schema(description = "APPROVED 通过（向部门展示）或 REJECTED 不通过") CommentStatus decision) {}
