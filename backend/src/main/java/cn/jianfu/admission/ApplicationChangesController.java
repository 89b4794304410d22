package cn.jianfu.admission;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 本次修改: what a resubmitted application changed. */
@RestController
@RequestMapping("/api/admission/applications")
@Tag(name = "准入申请")
class ApplicationChangesController {

    private final SubmissionSnapshots snapshots;

    ApplicationChangesController(SubmissionSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @GetMapping("/{id}/changes")
    @Operation(
            summary = "本次修改",
            description = "可查看申请详情的人（申请单位；提交后的审核人、审批人、减负办、系统管理员；被抄送人）。"
                    + "退回修改后重新提交的申请，与上一次提交相比逐项列出改动的字段（修改前、修改后），以及自动预审新出现和不再有的发现；"
                    + "只提交过一次时 resubmitted 为 false。申请不存在或无权查看 404。")
    ApplicationChanges changes(@Parameter(description = "申请 id") @PathVariable long id) {
        return snapshots.changes(id, CurrentUser.get());
    }
}
