package cn.jianfu.admission;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskHolder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admission/tasks/{taskId}")
@Tag(
        name = "加签",
        description = "审核人在审核环节加签其他审核人或审批人：审核通过后，每位加签人各有一个“加签人会签”任务，都同意才转县委县政府审批；" + "有人不同意即退回审核人重新审核。退回修改和不予通过不经加签。")
class CoSignController {

    private static final String TASK_ID = "待办任务 id（taskId）";
    private static final String REVIEWER_ONLY =
            "仅能办理该审核任务的审核人（REVIEWER，候选人或签收人），否则 403；任务不存在或已办结 404；" + "已被他人签收或不是审核任务 409。";

    private final CoSigning coSigning;

    CoSignController(CoSigning coSigning) {
        this.coSigning = coSigning;
    }

    @Schema(description = "加签人")
    record Signer(@Schema(description = "加签人的用户名，取自“可加签人员”") String username) {}

    @Schema(description = "加签人的意见")
    record Opinion(
            @Schema(description = "AGREE 同意；OBJECT 不同意，退回审核人重新审核（必填）") CoSignDecision decision,
            @Schema(description = "意见说明，最多2000个字；不同意时必填") String comment) {}

    @GetMapping("/co-signer-candidates")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(
            summary = "可加签人员",
            description = "可加签的审核人、审批人（不含本人、已加签的人和须回避的申请单位、牵头单位人员），最多50人，可按关键字筛选。" + REVIEWER_ONLY)
    List<TaskHolder> candidates(
            @Parameter(description = TASK_ID) @PathVariable String taskId,
            @Parameter(description = "关键字，可选") @RequestParam(required = false) String keyword) {
        return coSigning.candidates(taskId, keyword, CurrentUser.get());
    }

    @PostMapping("/co-signers")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(
            summary = "加签",
            description = "为本次审核增加一位加签人，记入履历；答复本次审核的全部加签人。" + REVIEWER_ONLY
                    + "加签人不存在、是本人、不是审核人或审批人、或须回避时 400 并指明 username；已加签此人或已满5人 409。")
    List<CoSigner> add(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Signer body) {
        return coSigning.add(taskId, body == null ? null : body.username(), CurrentUser.get());
    }

    @DeleteMapping("/co-signers/{username}")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "取消加签", description = "在审核完成前取消一位加签人，记入履历；答复其余加签人。" + REVIEWER_ONLY + "该人员不是本次审核的加签人 404。")
    List<CoSigner> remove(
            @Parameter(description = TASK_ID) @PathVariable String taskId,
            @Parameter(description = "加签人的用户名") @PathVariable String username) {
        return coSigning.remove(taskId, username, CurrentUser.get());
    }

    @PostMapping("/co-sign")
    @Operation(
            summary = "加签人表态",
            description = "加签人对“加签人会签”任务表态：同意，或不同意并说明理由（退回审核人重新审核），记入履历。只有该任务的加签人本人可以表态（403）；"
                    + "任务不存在或已办结 404；不是加签会签任务或已经表态 409；未选意见、不同意未填理由 400。")
    ApplicationDetail coSign(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Opinion body) {
        return coSigning.decide(
                taskId, body == null ? null : body.decision(), body == null ? null : body.comment(), CurrentUser.get());
    }
}
