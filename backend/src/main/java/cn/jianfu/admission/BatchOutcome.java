package cn.jianfu.admission;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "批量办理中一项任务的结果")
record BatchOutcome(
        @Schema(description = "待办任务 id") String taskId,
        @Schema(description = "是否已办理") boolean ok,
        @Schema(description = "办理成功时为申请 id") Long applicationId,
        @Schema(description = "办理成功时为事项名称") String itemName,
        @Schema(description = "未办理时的中文原因，如任务已办结、不是您的任务、不能审核本单位的申请") String reason) {

    static BatchOutcome refused(String taskId, String reason) {
        return new BatchOutcome(taskId, false, null, null, reason);
    }
}
