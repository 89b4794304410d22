package cn.jianfu.listreview;

import static cn.jianfu.listreview.ListReviewProcess.KEY;
import static cn.jianfu.listreview.ListReviewProcess.SUBJECT;
import static cn.jianfu.listreview.ListReviewProcess.TASK_APPROVE;
import static cn.jianfu.listreview.ListReviewProcess.TASK_PROPOSE;
import static cn.jianfu.listreview.ListReviewProcess.TASK_REVIEW;
import static cn.jianfu.listreview.ListReviewProcess.VAR_REVIEW_ID;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.ClusterLocks;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskActions;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three decisions of a review: the lead department's proposal (keep, change with the new
 * text, or withdraw — always with a reason), the social work department's review and the county's
 * approval (pass, or return with a reason). The text lives in the review's row and the audit
 * trail; only the choices go to the engine.
 */
@Service
class ReviewDecisions {

    private final ListReviewMapper reviews;
    private final AuditTrail audit;
    private final TaskActions actions;

    private final ClusterLocks locks;

    ReviewDecisions(ListReviewMapper reviews, AuditTrail audit, TaskActions actions, ClusterLocks locks) {
        this.reviews = reviews;
        this.audit = audit;
        this.actions = actions;
        this.locks = locks;
    }

    @Transactional
    long propose(String taskId, ProposalForm form, CurrentUser user) {
        Map<String, String> errors = new HashMap<>();
        if (form.proposal() == null) {
            errors.put("proposal", "请选择保留、修订或取消");
        }
        String reason = blankToNull(form.reason());
        if (reason == null) {
            errors.put("reason", "请说明理由");
        }
        if (form.proposal() == Proposal.CHANGE
                && blankToNull(form.itemName()) == null
                && blankToNull(form.content()) == null
                && blankToNull(form.performanceStandard()) == null
                && form.hoursPerMonth() == null) {
            errors.put("content", "修订须至少改动名称、内容、标准或工作量中的一项");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Task task = actions.requireStep(taskId, KEY, TASK_PROPOSE, "该任务不是提出复评意见的任务", user);
        long id = reviewOf(task);
        ListReviewRow row = new ListReviewRow();
        row.id = id;
        row.proposal = form.proposal();
        row.proposalReason = reason;
        row.proposedBy = user.getUsername();
        row.proposedAt = Clock.now();
        if (form.proposal() == Proposal.CHANGE) {
            row.newItemName = blankToNull(form.itemName());
            row.newContent = blankToNull(form.content());
            row.newStandard = blankToNull(form.performanceStandard());
            row.newHours = form.hoursPerMonth();
        }
        reviews.setProposal(row);
        audit.record(
                SUBJECT,
                id,
                AuditAction.REVIEW_PROPOSED,
                user.getUsername(),
                user.displayName(),
                form.proposal().name(),
                form.proposal().label() + "：" + reason);
        actions.complete(
                task,
                user,
                Map.of(ListReviewProcess.VAR_PROPOSAL, form.proposal().name()));
        return id;
    }

    @Transactional
    long review(String taskId, DecisionForm form, CurrentUser user) {
        return decide(
                taskId,
                form,
                user,
                TASK_REVIEW,
                "该任务不是审核复评意见的任务",
                AuditAction.PROPOSAL_REVIEWED,
                ListReviewProcess.VAR_REVIEW_DECISION);
    }

    @Transactional
    long approve(String taskId, DecisionForm form, CurrentUser user) {
        return decide(
                taskId,
                form,
                user,
                TASK_APPROVE,
                "该任务不是审批复评意见的任务",
                AuditAction.PROPOSAL_APPROVED,
                ListReviewProcess.VAR_APPROVAL_DECISION);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private long decide(
            String taskId,
            DecisionForm form,
            CurrentUser user,
            String taskKey,
            String wrongStep,
            AuditAction action,
            String variable) {
        if (form.decision() == null) {
            throw ApiException.invalid(Map.of("decision", "请选择通过或退回"));
        }
        String comment = blankToNull(form.comment());
        if (form.decision() == ReviewDecision.RETURN && comment == null) {
            throw ApiException.invalid(Map.of("comment", "退回须说明理由"));
        }
        Task task = actions.requireStep(taskId, KEY, taskKey, wrongStep, user);
        long id = reviewOf(task);
        audit.record(
                SUBJECT,
                id,
                action,
                user.getUsername(),
                user.displayName(),
                form.decision().name(),
                form.decision().label() + (comment == null ? "" : "：" + comment));
        actions.complete(task, user, Map.of(variable, form.decision().name()));
        return id;
    }

    private long reviewOf(Task task) {
        long id = ((Number) actions.variable(task, VAR_REVIEW_ID)).longValue();
        locks.take(ListReviewSteps.LOCK, id);
        reviews.lockById(id).orElseThrow(() -> ApiException.notFound("复评不存在"));
        return id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
