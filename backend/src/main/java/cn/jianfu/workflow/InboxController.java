package cn.jianfu.workflow;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
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
@Tag(name = "待办", description = "各流程（准入申请、问题线索、清单复评、专项治理）共用的待办、我已签收、已办、超期督办列表，各标签页计数，以及任务的签收和取消签收。")
class InboxController {

    private static final String PAGE = "页码，从 1 开始，默认 1";
    private static final String SIZE = "每页条数，默认 20，最大 100";
    private static final String FILTERS =
            "可按流程（chain）、环节（step）、办理期限（due、dueDays）、任务所针对的单位（unitId）筛选，" + "取值不对时 400 并指明字段。";

    private final InboxService inbox;
    private final InboxFilters filters;
    private final TaskActions actions;

    InboxController(InboxService inbox, InboxFilters filters, TaskActions actions) {
        this.inbox = inbox;
        this.filters = filters;
        this.actions = actions;
    }

    @GetMapping
    @Operation(
            summary = "我的待办",
            description = "任何已登录用户。本人已签收的任务，以及候选组为本人角色或本单位、尚无人签收的任务；" + FILTERS
                    + "默认按到达时间从新到旧，sort=DUE 时按办理期限从早到晚（没有期限的排最后）；分页。")
    PageResult<InboxTask> open(
            @ParameterObject InboxFilterParams filter,
            @Parameter(description = PAGE) @RequestParam(required = false) Integer page,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size) {
        return inbox.open(CurrentUser.get(), filters.parse(filter), PageQuery.of(page, size));
    }

    @GetMapping("/claimed")
    @Operation(summary = "我已签收", description = "任何已登录用户。由本人签收、尚未办结的任务；" + FILTERS + "排序同“我的待办”；分页。")
    PageResult<InboxTask> claimed(
            @ParameterObject InboxFilterParams filter,
            @Parameter(description = PAGE) @RequestParam(required = false) Integer page,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size) {
        return inbox.claimed(CurrentUser.get(), filters.parse(filter), PageQuery.of(page, size));
    }

    @GetMapping("/done")
    @Operation(
            summary = "我的已办",
            description = "任何已登录用户。本人办理完成的任务，按任务开始时间从新到旧，分页。可按流程、环节和单位筛选" + "（办理期限和排序参数在此不适用），取值不对时 400 并指明字段。")
    PageResult<DoneTask> done(
            @ParameterObject InboxFilterParams filter,
            @Parameter(description = PAGE) @RequestParam(required = false) Integer page,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size) {
        return inbox.done(CurrentUser.get(), filters.parse(filter), PageQuery.of(page, size));
    }

    @GetMapping("/escalations")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    @Operation(
            summary = "超期任务",
            description =
                    "仅减负办和系统管理员。所有流程中已过办理期限、尚未办结的任务（不论由谁办理）；" + FILTERS + "默认按办理期限从早到晚，sort=CREATED 时按到达时间从新到旧；分页。")
    PageResult<InboxTask> escalations(
            @ParameterObject InboxFilterParams filter,
            @Parameter(description = PAGE) @RequestParam(required = false) Integer page,
            @Parameter(description = SIZE) @RequestParam(required = false) Integer size) {
        return inbox.escalations(filters.parse(filter), PageQuery.of(page, size));
    }

    @GetMapping("/counts")
    @Operation(
            summary = "各标签页任务数",
            description = "任何已登录用户。待办、我已签收、已办的任务数，减负办和系统管理员另有超期任务数；" + "按与列表相同的筛选条件计数（已办不按期限），取值不对时 400 并指明字段。")
    InboxCounts counts(@ParameterObject InboxFilterParams filter) {
        return inbox.counts(CurrentUser.get(), filters.parse(filter));
    }

    @GetMapping("/filters")
    @Operation(summary = "可选的流程和环节", description = "任何已登录用户。待办可按其筛选的流程（chain）及各流程的环节（step），按流程编码排列。")
    List<InboxChain> chains() {
        return filters.chains();
    }

    @PostMapping("/tasks/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "签收任务",
            description = "任务的候选人签收尚无人签收的任务，签收后只有本人可以办理，并记入履历；本人已签收的再签收不变。不是候选人 403，"
                    + "准入申请的审核、审批任务还须符合职责分离（不能签收本人提交或本单位的申请，403）；已被他人签收 409"
                    + "（两人同时签收时，后到的一方 409）；任务不存在或已办结 404。")
    @ApiResponse(responseCode = "204", description = "已签收")
    void claim(@Parameter(description = "待办任务 id（taskId）") @PathVariable String taskId) {
        actions.claim(taskId, CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "取消签收",
            description = "签收人把已签收的任务退回候选人（候选人都能再签收），并记入履历。不是签收人 403；任务尚未签收，"
                    + "或是指定由本人办理、没有候选人可退回的任务（如部门修改申请）409；任务不存在或已办结 404。")
    @ApiResponse(responseCode = "204", description = "已取消签收")
    void unclaim(@Parameter(description = "待办任务 id（taskId）") @PathVariable String taskId) {
        actions.unclaim(taskId, CurrentUser.get());
    }
}
