package cn.jianfu.clue;

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

/** 退单 by a unit and the office's 重新交办. */
@RestController
@RequestMapping("/api/clues/tasks")
@Tag(name = "线索办理")
class ClueReturnController {

    private static final String TASK_ID = "待办任务 id（taskId）";

    private final ClueReturns returns;

    ClueReturnController(ClueReturns returns) {
        this.returns = returns;
    }

    @Schema(description = "退单")
    record Return(@Schema(description = "退单理由（为什么不属本单位职责），必填，最多500个字") String reason) {}

    @Schema(description = "重新交办")
    record Reassign(
            @Schema(description = "处理意见（必填）：REASSIGN 重新交办给其他单位，CONTINUE 由其余承办单位继续办理") ReassignDecision decision,
            @Schema(description = "重新交办的承办单位（REASSIGN 时必填），不能是减负办或已承办本线索的单位") Long orgId) {}

    @PostMapping("/{taskId}/return")
    @Operation(
            summary = "退单",
            description = "承办单位本单位的用户（核查人员不能退单），须是该“联合核查”任务的候选人，否则 403。须填退单理由（最多500个字），否则 400；"
                    + "只能在交办后 jianfu.clue.return-working-days（默认2）个工作日内退单，超过时限或已退单、已核查时 409。"
                    + "退单后该单位的核查结束，减负办收到“重新交办”待办。")
    ClueDetail returnClue(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Return body) {
        return returns.returnClue(taskId, body == null ? null : body.reason(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/reassign")
    @PreAuthorize("hasRole('OFFICE')")
    @Operation(
            summary = "重新交办",
            description = "仅减负办（OFFICE），办理“重新交办”待办：交办给另一个承办单位（与快速分办相同的校验；不能是减负办或已承办、已退单本线索的单位，否则 400），"
                    + "或在还有其他承办单位时由其余单位继续办理（没有其他单位时 409）。未选处理意见 400，任务已办理 404 或 409。")
    ClueDetail reassign(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Reassign body) {
        return returns.reassign(
                taskId, body == null ? null : body.decision(), body == null ? null : body.orgId(), CurrentUser.get());
    }
}
