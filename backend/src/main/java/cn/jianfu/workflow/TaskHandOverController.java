package cn.jianfu.workflow;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inbox/tasks/{taskId}")
@Tag(name = "转办与委派", description = "任务的办理人把任务转给他人办理（转办），或委派他人协助办理、办完交回再由本人决定（委派）。各流程通用。")
class TaskHandOverController {

    private static final String TASK_ID = "待办任务 id（taskId）";
    private static final String WHO = "只有能办理该任务的人（候选人或签收人）可以操作，否则 403；任务不存在或已办结 404；已被他人签收 409。"
            + "接收人须是该环节的候选人，且符合职责分离（如不能接收本单位的准入申请），否则 400 并指明 username；不能转给自己（400）。"
            + "指定由本人办理、没有候选人的任务（如部门修改申请）409。";

    private final TaskHandOver handOver;

    TaskHandOverController(TaskHandOver handOver) {
        this.handOver = handOver;
    }

    @Schema(description = "接收人")
    record Receiver(@Schema(description = "接收人的用户名，取自“可接收人员”") String username) {}

    @Schema(description = "被委派人的办理意见")
    record Opinion(@Schema(description = "办理意见（必填），最多2000个字，交回后委派人可见") String opinion) {}

    @GetMapping("/holders")
    @Operation(summary = "可接收人员", description = "转办或委派时可选的人员（最多50人），可按用户名、姓名或单位名称筛选。" + WHO)
    List<TaskHolder> holders(
            @Parameter(description = TASK_ID) @PathVariable String taskId,
            @Parameter(description = "关键字，可选") @RequestParam(required = false) String keyword) {
        return handOver.holders(taskId, keyword, CurrentUser.get());
    }

    @PostMapping("/transfer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "转办", description = "把任务交给接收人办理，本人不再持有，记入履历并通知接收人。" + WHO + "正在委派中的任务 409。")
    @ApiResponse(responseCode = "204", description = "已转办")
    void transfer(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Receiver body) {
        handOver.transfer(taskId, body == null ? null : body.username(), CurrentUser.get());
    }

    @PostMapping("/delegate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "委派",
            description =
                    "请接收人协助办理：任务仍归本人，接收人填写办理意见后交回，再由本人作出决定；委派期间本人和被委派人都不能直接办结。" + "记入履历并通知接收人。" + WHO + "已在委派中的任务 409。")
    @ApiResponse(responseCode = "204", description = "已委派")
    void delegate(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Receiver body) {
        handOver.delegate(taskId, body == null ? null : body.username(), CurrentUser.get());
    }

    @PostMapping("/resolve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "委派交回",
            description =
                    "被委派人填写办理意见后把任务交回委派人，记入履历并通知委派人。只有被委派人可以交回（403）；" + "任务没有在委派中 409；任务不存在或已办结 404；未填意见或超过2000字 400。")
    @ApiResponse(responseCode = "204", description = "已交回")
    void resolve(@Parameter(description = TASK_ID) @PathVariable String taskId, @RequestBody Opinion body) {
        handOver.resolve(taskId, body == null ? null : body.opinion(), CurrentUser.get());
    }
}
