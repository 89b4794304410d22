package cn.jianfu.workflow;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "各个标签页的任务数，按同样的筛选条件计数")
public record InboxCounts(
        @Schema(description = "待办：本人已签收的，以及本人是候选人、尚无人签收的") long todo,
        @Schema(description = "我已签收：由本人签收、尚未办结的") long claimed,
        @Schema(description = "已办：本人办理完成的（不按期限筛选）") long done,
        @Schema(description = "督办：所有已超期未办结的；仅减负办和系统管理员有，其他人为空") Long escalations) {}
