package cn.jianfu.admission;

import cn.jianfu.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reviewers' and approvers' decisions on the step in front of them. */
@RestController
@RequestMapping("/api/admission/tasks")
class AdmissionTaskController {

    private final Decisions decisions;

    AdmissionTaskController(Decisions decisions) {
        this.decisions = decisions;
    }

    record Review(ReviewDecision decision, String comment) {}

    record Approval(ApprovalDecision decision, String comment) {}

    @PostMapping("/{taskId}/review")
    @PreAuthorize("hasRole('REVIEWER')")
    ApplicationDetail review(@PathVariable String taskId, @RequestBody Review body) {
        return decisions.review(taskId, body.decision(), body.comment(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/approve")
    @PreAuthorize("hasRole('APPROVER')")
    ApplicationDetail approve(@PathVariable String taskId, @RequestBody Approval body) {
        return decisions.approve(taskId, body.decision(), body.comment(), CurrentUser.get());
    }
}
