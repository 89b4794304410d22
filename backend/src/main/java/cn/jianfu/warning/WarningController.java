package cn.jianfu.warning;

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
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/warnings")
@Tag(
        name = "智能预警",
        description = "定时巡检（每10分钟，集群中同一时间只有一个节点执行）发现的预警：村(社区)超出承载力、疑似多头指派、环节即将超期和已超期、"
                + "准入事项90天内到期、同一单位问题反复属实、整改两次以上未通过验收。条件消除后自动消除。"
                + "减负办、系统管理员、审核人、审批人和核查人员看全县；其他人看本单位（乡镇含所辖村）的预警。")
class WarningController {

    private final WarningQueries queries;

    WarningController(WarningQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "预警列表", description = "严重的、最近发现的在前；可按状态、规则、级别筛选。")
    PageResult<Warning> list(
            @Parameter(description = "OPEN、ACKNOWLEDGED 或 RESOLVED；不填为全部") @RequestParam(required = false)
                    WarningStatus status,
            @Parameter(description = "规则") @RequestParam(required = false) WarningRule rule,
            @Parameter(description = "级别") @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.search(status, rule, severity, PageQuery.of(page, size), CurrentUser.get());
    }

    @GetMapping("/summary")
    @Operation(summary = "未消除预警数", description = "按规则和级别统计待处理和已知悉的预警。")
    List<WarningMapper.RuleCount> summary() {
        return queries.summary(CurrentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "预警详情", description = "看不到的预警 404。")
    Warning get(@PathVariable long id) {
        return queries.get(id, CurrentUser.get());
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "知悉预警", description = "能看到该预警的人填写已采取或将采取的措施（必填，最多1000字）；已知悉或已消除的 409。记入操作记录。")
    Warning acknowledge(@PathVariable long id, @Valid @RequestBody Acknowledgement body) {
        return queries.acknowledge(id, body.note(), CurrentUser.get());
    }

    @Schema(description = "知悉说明")
    record Acknowledgement(
            @Schema(description = "已采取或将采取的措施，必填，最多1000字")
                    @MaxChars(value = TextLimits.WARNING_NOTE, message = "说明不能超过{value}个字")
                    String note) {}
}
