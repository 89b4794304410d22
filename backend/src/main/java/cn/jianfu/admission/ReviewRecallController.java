package cn.jianfu.admission;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "准入审核审批")
class ReviewRecallController {

    private final ReviewRecalls recalls;

    ReviewRecallController(ReviewRecalls recalls) {
        this.recalls = recalls;
    }

    @PostMapping("/api/admission/applications/{id}/recall-review")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(
            summary = "撤回审核意见",
            description = "审核人撤回自己的“审核通过”：申请回到本人的审核任务（已签收），可重新作出决定，记入履历。"
                    + "仅审核人（REVIEWER，403）；只有最近一次审核通过的审核人本人、且审批人尚未签收时可以撤回，否则 409"
                    + "（详情中的 canRecallReview 表示现在能否撤回）；申请不存在或无权查看 404。")
    ApplicationDetail recall(@Parameter(description = "申请 id") @PathVariable long id) {
        return recalls.recall(id, CurrentUser.get());
    }
}
