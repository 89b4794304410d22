package cn.jianfu.listreview;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.MaxChars;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.common.TextLimits;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
@RequestMapping("/api/list-reviews")
@Tag(name = "清单复评", description = "准入清单事项每两年复评（动态调整）：到期前征求乡镇和村(社区)意见，牵头部门提出保留、修订或取消，社会工作部审核，县委县政府审批。")
class ListReviewController {

    private final ListReviews starts;
    private final ReviewFeedbacks feedbacks;
    private final ReviewDecisions decisions;
    private final ReviewQueries queries;

    ListReviewController(
            ListReviews starts, ReviewFeedbacks feedbacks, ReviewDecisions decisions, ReviewQueries queries) {
        this.starts = starts;
        this.feedbacks = feedbacks;
        this.decisions = decisions;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "复评列表", description = "组织者和审批人看全部；部门看本部门牵头的事项；乡镇和村(社区)看涉及本单位的事项。")
    PageResult<ReviewSummary> list(
            @Parameter(description = "状态") @RequestParam(required = false) ReviewStatus status,
            @Parameter(description = "只看进行中的") @RequestParam(defaultValue = "false") boolean openOnly,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(status, openOnly, PageQuery.of(page, size), CurrentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "复评详情", description = "看不到的复评答 404。")
    ReviewDetail get(@PathVariable long id) {
        return queries.get(id, CurrentUser.get());
    }

    @Schema(description = "启动一个事项的复评")
    record StartForm(@Schema(description = "准入事项 id") Long itemId) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "启动事项复评", description = "社会工作部、减负办或管理员；事项须在有效期内，本期已复评 409。")
    ReviewDetail start(@RequestBody StartForm form) {
        if (form.itemId() == null) {
            throw ApiException.invalid(Map.of("itemId", "请选择事项"));
        }
        return queries.get(starts.start(form.itemId(), CurrentUser.get()), CurrentUser.get());
    }

    @Schema(description = "开启全县复评批次")
    record RoundForm(
            @Schema(description = "批次名称，最多100个字符")
                    @MaxChars(value = TextLimits.REVIEW_ROUND_NAME, message = "批次名称不能超过{value}个字符")
                    String name,
            @Schema(description = "纳入有效期在此日期前截止的全部有效事项") LocalDate until) {}

    @PostMapping("/rounds")
    @Operation(summary = "开启全县复评批次", description = "有效期在 until 前截止、本期未复评的有效事项全部启动复评；答启动的复评 id。")
    Map<String, List<Long>> round(@Valid @RequestBody RoundForm form) {
        return Map.of("started", starts.openRound(form.name(), form.until(), CurrentUser.get()));
    }

    @PostMapping("/{id}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "乡镇或村(社区)反馈意见", description = "事项涉及本单位、意见征求进行中；每个单位一次，重复 409。")
    Feedback feedback(@PathVariable long id, @Valid @RequestBody FeedbackForm form) {
        return feedbacks.give(id, form, CurrentUser.get());
    }

    @PostMapping("/{id}/close-feedback")
    @Operation(summary = "提前结束意见征求", description = "社会工作部、减负办或管理员；已结束 409。")
    ReviewDetail closeFeedback(@PathVariable long id) {
        feedbacks.close(id, CurrentUser.get());
        return queries.get(id, CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/proposal")
    @Operation(summary = "牵头部门提出复评意见", description = "保留、修订（附修订内容）或取消，须说明理由。")
    ReviewDetail propose(@PathVariable String taskId, @Valid @RequestBody ProposalForm form) {
        return queries.get(decisions.propose(taskId, form, CurrentUser.get()), CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/review")
    @Operation(summary = "社会工作部审核复评意见", description = "通过或退回牵头部门（须说明理由）；不能审核本人提出的意见。")
    ReviewDetail review(@PathVariable String taskId, @Valid @RequestBody DecisionForm form) {
        return queries.get(decisions.review(taskId, form, CurrentUser.get()), CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/approval")
    @Operation(summary = "县委县政府审批复评意见", description = "同意（结论写入准入清单）或退回审核（须说明理由）。")
    ReviewDetail approve(@PathVariable String taskId, @Valid @RequestBody DecisionForm form) {
        return queries.get(decisions.approve(taskId, form, CurrentUser.get()), CurrentUser.get());
    }
}
