package cn.jianfu.admission;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reviewers' and approvers' decisions on the step in front of them. */
@RestController
@RequestMapping("/api/admission/tasks")
@Tag(
        name = "准入审核审批",
        description = "社会工作部审核人与县委县政府审批人对准入申请当前环节作出决定。taskId 取自待办列表或申请详情的 currentTask.taskId；尚无人签收的任务在办理时自动签收。")
class AdmissionTaskController {

    private static final String TASK_ID = "待办任务 id（taskId）";

    private final Decisions decisions;

    AdmissionTaskController(Decisions decisions) {
        this.decisions = decisions;
    }

    @Schema(description = "审核意见")
    record Review(
            @Schema(description = "审核结论（必填）：PASS 通过，转县委县政府审批；RETURN 退回部门修改；REFUSE 不予准入") ReviewDecision decision,
            @Schema(description = "意见或理由，最多2000个字；退回和不予准入时必填") String comment) {}

    @Schema(description = "审批意见")
    record Approval(
            @Schema(description = "审批结论（必填）：APPROVE 批准，列入准入清单；RETURN 退回社会工作部重新审核；REFUSE 不予准入")
                    ApprovalDecision decision,
            @Schema(description = "意见或理由，最多2000个字；退回和不予准入时必填") String comment) {}

    @PostMapping("/{taskId}/review")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(
            summary = "审核申请",
            description = "仅审核人（REVIEWER），且须是该审核任务的候选人，否则 403；不能审核本人提交或本单位的申请（职责分离，403）。"
                    + "任务不存在或已办结 404；已被他人签收或不是审核任务 409。未选结论、退回或不予准入未填理由时 400。")
    ApplicationDetail review(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Review body) {
        return decisions.review(taskId, body.decision(), body.comment(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/approve")
    @PreAuthorize("hasRole('APPROVER')")
    @Operation(
            summary = "审批申请",
            description = "仅审批人（APPROVER），且须是该审批任务的候选人，否则 403；不能审批本人提交或本单位的申请（职责分离，403）。"
                    + "任务不存在或已办结 404；已被他人签收或不是审批任务 409。未选结论、退回或不予准入未填理由时 400。"
                    + "批准后事项列入准入清单。")
    ApplicationDetail approve(
            @Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Approval body) {
        return decisions.approve(taskId, body.decision(), body.comment(), CurrentUser.get());
    }
}
