package cn.jianfu.clue;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The steps of the clue chain: the office's triage and checks, the units' verification and rectification. */
@RestController
@RequestMapping("/api/clues/tasks")
@Tag(
        name = "线索办理",
        description = "线索流程各环节的办理：减负办快速分办、整改验收、答复反馈，承办单位联合核查、报送整改方案和整改报告。"
                + "taskId 取自待办列表或线索详情的 currentTasks；只有该任务的候选人可以办理（否则 403），任务不存在或已办结 404，"
                + "已被他人签收或不是该环节的任务 409；尚无人签收的任务在办理时自动签收。")
class ClueTaskController {

    private static final String TASK_ID = "待办任务 id（taskId）";

    private final ClueTriage triage;
    private final UnitTasks units;
    private final OfficeTasks office;

    ClueTaskController(ClueTriage triage, UnitTasks units, OfficeTasks office) {
        this.triage = triage;
        this.units = units;
        this.office = office;
    }

    @Schema(description = "核查结果")
    record Verification(
            @Schema(description = "核查结论（必填）：SUBSTANTIATED 属实，PARTLY_SUBSTANTIATED 部分属实，NOT_SUBSTANTIATED 不属实")
                    VerificationOutcome outcome,
            @Schema(description = "核查情况，必填，最多4000个字") String findings) {}

    @Schema(description = "整改方案")
    record Plan(
            @Schema(description = "整改方案，必填，最多4000个字") String plan,
            @Schema(description = "整改时限（必填），yyyy-MM-dd，今天起一年以内；整改报告须在当天结束前报送") LocalDate deadline) {}

    @Schema(description = "整改报告")
    record Report(@Schema(description = "整改完成情况，必填，最多4000个字") String report) {}

    @Schema(description = "整改验收意见")
    record Check(
            @Schema(description = "验收结论（必填）：ACCEPT 验收通过，SEND_BACK 退回重报") AcceptDecision decision,
            @Schema(description = "验收意见，最多4000个字；退回时必填，说明需要补充或改正的内容") String comment) {}

    @Schema(description = "答复反映人")
    record Reply(@Schema(description = "答复内容（反映人凭查询码可见），必填，最多4000个字") String reply) {}

    @PostMapping("/{taskId}/triage")
    @PreAuthorize("hasRole('OFFICE')")
    @Operation(
            summary = "快速分办",
            description = "仅减负办（OFFICE）。不予受理（须填理由，告知反映人）、并入另一条线索一并办理，或交办1至20个承办单位联合核查"
                    + "（不能交办给减负办；要求双交办时须同时选择基层单位和县级部门）。未选分办意见或所填内容不符时 400。")
    ClueDetail triage(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody TriageForm body) {
        return triage.triage(taskId, body, CurrentUser.get());
    }

    @PostMapping("/{taskId}/verify")
    @Operation(
            summary = "联合核查",
            description = "承办单位的用户或核查人员（VERIFIER），须是该核查任务的候选人。须选核查结论并填写核查情况，否则 400。"
                    + "各承办单位都核查后，属实或部分属实的单位进入整改；都不属实时转减负办答复。")
    ClueDetail verify(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Verification body) {
        return units.verify(taskId, body.outcome(), body.findings(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/plan")
    @Operation(summary = "报送整改方案", description = "需要整改的承办单位的用户，须是该任务的候选人。须填整改方案和整改时限（今天起一年以内），否则 400；整改报告在时限当天结束前到期。")
    ClueDetail plan(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Plan body) {
        return units.plan(taskId, body.plan(), body.deadline(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/report")
    @Operation(summary = "报送整改报告", description = "需要整改的承办单位的用户，须是该任务的候选人。须填整改完成情况，否则 400；报送后由减负办验收。")
    ClueDetail report(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Report body) {
        return units.report(taskId, body.report(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/check")
    @PreAuthorize("hasRole('OFFICE')")
    @Operation(summary = "整改验收", description = "仅减负办（OFFICE）。验收一个承办单位的整改报告：通过，或退回重报（须说明原因，否则 400）。需要整改的单位都通过后转答复反馈。")
    ClueDetail check(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Check body) {
        return office.checkRectification(taskId, body.decision(), body.comment(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/reply")
    @PreAuthorize("hasRole('OFFICE')")
    @Operation(
            summary = "答复反馈",
            description = "仅减负办（OFFICE）。答复反映人（须填答复内容，否则 400），反映人凭查询码可见；之后线索待反映人评价，评价期限（默认7天）内未评价的自动办结。")
    ClueDetail reply(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Reply body) {
        return office.reply(taskId, body.reply(), CurrentUser.get());
    }
}
