package cn.jianfu.admission;

import cn.jianfu.admission.BatchDecisions.BatchDecision;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 批量通过 / 批量审批 from the inbox. */
@RestController
@RequestMapping("/api/admission/tasks")
@Tag(name = "准入审核审批")
class BatchDecisionController {

    private final BatchDecisions batch;

    BatchDecisionController(BatchDecisions batch) {
        this.batch = batch;
    }

    @Schema(description = "批量办理的请求")
    record BatchRequest(
            @Schema(description = "待办任务 id，1–50 个，重复的只算一次") List<String> taskIds,
            @Schema(description = "结论（必填）：PASS 审核通过（审核任务），APPROVE 批准（审批任务）；退回和不予准入须逐件填写理由，不能批量") BatchDecision decision,
            @Schema(description = "统一的意见，可不填，最多2000个字") String comment) {}

    @Schema(description = "批量办理的结果")
    record BatchResponse(@Schema(description = "每项任务的结果，与请求中的顺序一致") List<BatchOutcome> results) {}

    @PostMapping("/batch")
    @PreAuthorize("hasAnyRole('REVIEWER','APPROVER')")
    @Operation(
            summary = "批量通过或批量审批",
            description = "审核人（REVIEWER）批量通过审核任务（PASS），审批人（APPROVER）批量批准审批任务（APPROVE），否则 403。"
                    + "每项任务与单独办理走同一流程、各自一个事务、各记一条履历，一项不成不影响其他项；"
                    + "结果逐项说明已办理或未办理的中文原因（任务已办结、已被他人签收、不是审核任务、不是您的任务、"
                    + "不能审核本人提交或本单位的申请等）。重复提交同一请求不会重复办理（已办结的任务报未办理）。"
                    + "未选结论、未选任务、超过50项或意见超长时 400，且不办理任何任务。")
    BatchResponse decide(@RequestBody BatchRequest body) {
        return new BatchResponse(batch.decide(body.taskIds(), body.decision(), body.comment(), CurrentUser.get()));
    }
}
