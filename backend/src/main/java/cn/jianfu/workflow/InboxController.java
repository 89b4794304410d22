package cn.jianfu.workflow;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inbox")
@Tag(name = "待办", description = "两条流程（准入申请、问题线索）共用的待办、已办、超期督办列表和任务签收。")
class InboxController {

    private static final String PAGE = "页码，从 1 开始，默认 1";
    private static final String SIZE = "每页条数，默认 20，最大 100";

    private final InboxService inbox;
    private final TaskActions actions;

    InboxController(InboxService inbox, TaskActions actions) {
        this.inbox = inbox;
        this.actions = actions;
    }

    @GetMapping
    @Operation(summary = "我的待办", description = "任何已登录用户。本人已签收的任务，以及候选组为本人角色或本单位、尚无人签收的任务；按创建时间从新到旧，分页。")
    PageResult<InboxTask> open(
            @Parameter(description = PAGE) @RequestParam(required = false) Integer page,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size) {
        return inbox.open(CurrentUser.get(), PageQuery.of(page, size));
    }

    @GetMapping("/done")
    @Operation(summary = "我的已办", description = "任何已登录用户。本人办理完成的任务，按任务开始时间从新到旧，分页。")
    PageResult<DoneTask> done(
            @Parameter(description = PAGE) @RequestParam(required = false) Integer page,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size) {
        return inbox.done(CurrentUser.get(), PageQuery.of(page, size));
    }

    @GetMapping("/escalations")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    @Operation(summary = "超期任务", description = "仅减负办和系统管理员。所有流程中已过办理期限、尚未办结的任务（不论由谁办理），按到期时间从早到晚，分页。")
    PageResult<InboxTask> escalations(
            @Parameter(description = PAGE) @RequestParam(required = false) Integer page,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size) {
        return inbox.escalations(PageQuery.of(page, size));
    }

    @PostMapping("/tasks/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "签收任务",
            description = "任务的候选人签收尚无人签收的任务，签收后只有本人可以办理；本人已签收的再签收不变。不是候选人 403，"
                    + "准入申请的审核、审批任务还须符合职责分离（不能签收本人提交或本单位的申请，403）；已被他人签收 409；"
                    + "任务不存在或已办结 404。")
    @ApiResponse(responseCode = "204", description = "已签收")
    void claim(@Parameter(description = "待办任务 id（taskId）") @PathVariable String taskId) {
        actions.claim(taskId, CurrentUser.get());
    }
}
