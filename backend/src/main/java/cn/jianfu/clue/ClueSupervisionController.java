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

/** 督办 by the office and the supervised unit's 反馈. */
@RestController
@RequestMapping("/api/clues/{id}/supervisions")
@Tag(name = "线索办理")
class ClueSupervisionController {

    private static final String ID = "线索 id";

    private final ClueSupervisions supervisions;

    ClueSupervisionController(ClueSupervisions supervisions) {
        this.supervisions = supervisions;
    }

    @Schema(description = "督办")
    record Issue(
            @Schema(description = "被督办的承办记录 id（线索详情 units[].id），须是本线索未退单的承办单位") Long unitId,
            @Schema(description = "督办要求，必填，最多500个字") String request,
            @Schema(description = "办理期限，yyyy-MM-dd，须晚于今天且是工作日；线索详情的 supervisionSuggestedDue 为建议日期")
                    LocalDate dueDate) {}

    @Schema(description = "反馈督办")
    record Answer(@Schema(description = "反馈情况，必填，最多2000个字") String answer) {}

    @PostMapping
    @PreAuthorize("hasRole('OFFICE')")
    @Operation(
            summary = "督办",
            description = "仅减负办（OFFICE），否则 403。向线索的一个承办单位发出督办：未选单位、单位不是本线索的承办单位或已退单、"
                    + "督办要求为空或超过500个字、办理期限为空或不晚于今天或不是工作日时 400（fieldErrors: unitId、request、dueDate），什么也不改。"
                    + "线索已办结、不予受理或已合并时 409；该单位还有未反馈的督办时 409（重复点击同样 409，只留一条）。"
                    + "记入办理记录，并通知被督办单位的全部用户。返回线索详情。")
    ClueDetail issue(@Parameter(description = ID) @PathVariable long id, @RequestBody Issue body) {
        return supervisions.issue(
                id,
                body == null ? null : body.unitId(),
                body == null ? null : body.request(),
                body == null ? null : body.dueDate(),
                CurrentUser.get());
    }

    @PostMapping("/{sid}/answer")
    @Operation(
            summary = "反馈督办",
            description = "被督办单位本单位的用户（县级部门的部门经办人，乡镇/村社区的基层干部），其他人 403，看不到线索时 404。"
                    + "反馈情况为空或超过2000个字时 400（fieldErrors: answer）。每个督办只能反馈一次，再次反馈 409。"
                    + "超过办理期限也可反馈，记为逾期反馈（late）。返回线索详情。")
    ClueDetail answer(
            @Parameter(description = ID) @PathVariable long id,
            @Parameter(description = "督办 id") @PathVariable long sid,
            @RequestBody Answer body) {
        return supervisions.answer(id, sid, body == null ? null : body.answer(), CurrentUser.get());
    }
}
