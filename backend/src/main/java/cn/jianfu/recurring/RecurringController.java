package cn.jianfu.recurring;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "未诉先办", description = "反复出现的问题（按类别、承办单位、乡镇或相似内容分组，与上一时段比较）和专项治理（立项、纳入线索、限期整治、验收）。")
class RecurringController {

    private final RecurringProblems problems;
    private final SpecialTopics topics;
    private final TopicQueries queries;

    RecurringController(RecurringProblems problems, SpecialTopics topics, TopicQueries queries) {
        this.problems = problems;
        this.topics = topics;
        this.queries = queries;
    }

    @GetMapping("/api/recurring-problems")
    @Operation(
            summary = "反复出现的问题",
            description = "减负办、核查人员、县领导。时段 [from, to]（含两端日期）内收到的线索，3条以上成组；previousClues 为上一个同样长时段的线索数。")
    List<RecurringProblem> recurring(
            @Parameter(description = "分组：CATEGORY、UNIT、TOWNSHIP、TEXT") @RequestParam(required = false) GroupBy groupBy,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return problems.find(groupBy, from.atStartOfDay(), to.plusDays(1).atStartOfDay(), CurrentUser.get());
    }

    @GetMapping("/api/special-topics")
    @Operation(summary = "专项治理列表", description = "减负办、核查人员、县领导看全部；牵头单位看本单位的。")
    PageResult<TopicSummary> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.list(PageQuery.of(page, size), CurrentUser.get());
    }

    @GetMapping("/api/special-topics/{id}")
    @Operation(summary = "专项治理详情", description = "看不到的答 404。")
    TopicDetail get(@PathVariable long id) {
        return queries.get(id, CurrentUser.get());
    }

    @PostMapping("/api/special-topics")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "专项治理立项", description = "减负办；牵头单位为县级部门、乡镇或村(社区)，期限不早于今天，纳入的线索须存在。")
    TopicDetail open(@Valid @RequestBody TopicForm form) {
        return queries.get(topics.open(form, CurrentUser.get()), CurrentUser.get());
    }

    @Schema(description = "纳入一条线索")
    record LinkForm(@Schema(description = "线索 id") Long clueId) {}

    @PostMapping("/api/special-topics/{id}/clues")
    @Operation(summary = "把线索纳入专项治理", description = "减负办；已办结的线索也可以纳入；已纳入 409。")
    TopicDetail link(@PathVariable long id, @RequestBody LinkForm form) {
        topics.link(id, form.clueId(), CurrentUser.get());
        return queries.get(id, CurrentUser.get());
    }

    @PostMapping("/api/special-topics/tasks/{taskId}/report")
    @Operation(summary = "牵头单位报告整治情况", description = "牵头单位的人员；须填写整治情况。")
    TopicDetail report(@PathVariable String taskId, @Valid @RequestBody TopicTextForm form) {
        return queries.get(topics.report(taskId, form, CurrentUser.get()), CurrentUser.get());
    }

    @PostMapping("/api/special-topics/tasks/{taskId}/acceptance")
    @Operation(summary = "减负办验收", description = "accept=true 通过（专项治理办结），false 退回继续整治（须说明理由）。")
    TopicDetail accept(@PathVariable String taskId, @Valid @RequestBody TopicTextForm form) {
        return queries.get(topics.accept(taskId, form, CurrentUser.get()), CurrentUser.get());
    }
}
