package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskActions;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤回 by the reviewer: until an approver has claimed the approval, the reviewer who passed the
 * application takes it back into their own review (the message boundary on the approval step in
 * admission.bpmn), to change their decision.
 */
@Service
class ReviewRecalls {

    private final ApplicationMapper applications;
    private final TaskActions actions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final AuditTrail audit;
    private final ApplicationDetails details;

    ReviewRecalls(
            ApplicationMapper applications,
            TaskActions actions,
            RuntimeService runtime,
            TaskService tasks,
            AuditTrail audit,
            ApplicationDetails details) {
        this.applications = applications;
        this.actions = actions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.audit = audit;
        this.details = details;
    }

    @Transactional
    ApplicationDetail recall(long id, CurrentUser user) {
        if (!user.has(Role.REVIEWER)) {
            throw ApiException.forbidden("只有审核人可以撤回审核意见");
        }
        ApplicationRow row = applications
                .lockById(id)
                .filter(r -> ApplicationAccess.canRead(r, user))
                .orElseThrow(() -> ApiException.notFound("申请不存在"));
        Task approval = actions.open(KEY, String.valueOf(id), TASK_APPROVE);
        if (!ReviewRounds.canRecall(row, approval, audit.history(SUBJECT, id), user)) {
            throw ApiException.conflict(
                    approval != null && approval.getAssignee() != null
                            ? "审批人已签收，不能再撤回"
                            : "只有审核通过该申请的审核人可以撤回，且须在审批人签收之前");
        }
        try {
            runtime.createMessageCorrelation(MESSAGE_REVIEW_RECALLED)
                    .processInstanceBusinessKey(String.valueOf(id))
                    .correlate();
        } catch (OptimisticLockingException e) {
            throw ApiException.conflict("审批人刚刚签收了该申请，不能再撤回");
        }
        Task review = actions.open(KEY, String.valueOf(id), TASK_REVIEW);
        tasks.claim(review.getId(), user.getUsername());
        audit.record(SUBJECT, id, AuditAction.REVIEW_RECALLED, user.getUsername(), user.displayName(), null, null);
        return details.of(id, user);
    }
}
