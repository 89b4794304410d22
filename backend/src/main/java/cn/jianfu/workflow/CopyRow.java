package cn.jianfu.workflow;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

@Schema(description = "抄送给我（或本单位）的一件事")
public record CopyRow(
        @Schema(description = "流程：admission 准入申请，clue 问题线索") String chain,
        @Schema(description = "申请或线索的 id") long id,
        @Schema(description = "标题：事项名称或线索摘要") String title,
        @Schema(description = "申请单位或被反映单位") String orgName,
        @Schema(description = "抄送人姓名") String copiedByName,
        @Schema(description = "抄送时间，带时区偏移") LocalDateTime copiedAt) {}
