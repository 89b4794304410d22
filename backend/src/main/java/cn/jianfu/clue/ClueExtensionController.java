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
import org.springframework.web.bind.annotation.RestController;

/** 延期申请 by a unit and the office's answer. */
@RestController
@Tag(name = "线索办理")
class ClueExtensionController {

    private final ClueExtensions extensions;

    ClueExtensionController(ClueExtensions extensions) {
        this.extensions = extensions;
    }

    @Schema(description = "延期申请")
    record Request(
            @Schema(description = "延期至哪一天（须为工作日，晚于现在的期限，最多延期 jianfu.clue.extension-working-days 个工作日）")
                    LocalDate dueDate,
            @Schema(description = "延期理由，必填，最多500个字") String reason) {}

    @Schema(description = "延期审批")
    record Decision(
            @Schema(description = "GRANT 同意延期，REFUSE 不同意（必填）") ExtensionDecision decision,
            @Schema(description = "同意延期至哪一天（可不填，默认按申请；可短于申请，不能长于申请）") LocalDate dueDate,
            @Schema(description = "审批意见；不同意时必填，最多500个字") String note) {}

    @PostMapping("/api/clues/tasks/{taskId}/extension")
    @Operation(
            summary = "申请延期",
            description = "承办单位本单位的用户，须可办理该“联合核查”“制定整改方案”或“报送整改报告”任务，否则 403；其他环节 409。"
                    + "须填延期理由和延期至的日期（工作日，晚于现在的期限，每次最多延期 jianfu.clue.extension-working-days，默认10个工作日），否则 400；"
                    + "已超过办理期限、已有待审批的申请时 409。减负办收到通知，在线索页审批。")
    ClueDetail request(
            @Parameter(description = "待办任务 id（taskId）") @PathVariable String taskId, @RequestBody Request body) {
        return extensions.request(
                taskId, body == null ? null : body.dueDate(), body == null ? null : body.reason(), CurrentUser.get());
    }

    @PostMapping("/api/clues/extensions/{id}/decision")
    @PreAuthorize("hasRole('OFFICE')")
    @Operation(
            summary = "审批延期申请",
            description = "仅减负办（OFFICE）。同意时该环节的办理期限、到期提醒和超期督办随之推迟，承办单位的核查时限或整改时限一并更新；"
                    + "不同意须填理由（400）。申请已处理，或该环节已办理（申请失效）时 409。")
    ClueDetail decide(@Parameter(description = "延期申请 id") @PathVariable long id, @RequestBody Decision body) {
        return extensions.decide(
                id,
                body == null ? null : body.decision(),
                body == null ? null : body.dueDate(),
                body == null ? null : body.note(),
                CurrentUser.get());
    }
}
