package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskActions;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review by the social work department (审核) and the approval by the county (审批): each
 * records the decision and its reason, then completes the step; the BPMN gateway routes on the
 * decision alone.
 */
@Service
class Decisions {

    private final ApplicationMapper applications;
    private final AuditTrail audit;
    private final TaskActions actions;
    private final ApplicationDetails details;
    private final CoSigning coSigning;

    Decisions(
            ApplicationMapper applications,
            AuditTrail audit,
            TaskActions actions,
            ApplicationDetails details,
            CoSigning coSigning) {
        this.applications = applications;
        this.coSigning = coSigning;
        this.audit = audit;
        this.actions = actions;
        this.details = details;
    }

    private enum Step {
        REVIEW(TASK_REVIEW, AuditAction.REVIEWED, VAR_REVIEW_DECISION, "该任务不是审核任务"),
        APPROVAL(TASK_APPROVE, AuditAction.APPROVED, VAR_APPROVAL_DECISION, "该任务不是审批任务");

        final String taskKey;
        final AuditAction action;
        final String variable;
        final String wrongStep;

        Step(String taskKey, AuditAction action, String variable, String wrongStep) {
            this.taskKey = taskKey;
            this.action = action;
            this.variable = variable;
            this.wrongStep = wrongStep;
        }
    }

    @Transactional
    ApplicationDetail review(String taskId, ReviewDecision decision, String comment, CurrentUser user) {
        if (decision == null) {
            throw ApiException.invalid(Map.of("decision", "请选择审核意见"));
        }
        String why = Comments.read(comment, decision != ReviewDecision.PASS);
        return decide(Step.REVIEW, taskId, decision.name(), decision == ReviewDecision.REFUSE, why, user);
    }

    @Transactional
    ApplicationDetail approve(String taskId, ApprovalDecision decision, String comment, CurrentUser user) {
        if (decision == null) {
            throw ApiException.invalid(Map.of("decision", "请选择审批意见"));
        }
        String why = Comments.read(comment, decision != ApprovalDecision.APPROVE);
        return decide(Step.APPROVAL, taskId, decision.name(), decision == ApprovalDecision.REFUSE, why, user);
    }

    /** A refusal's reason goes on the application, where the engine's archiving step finds it. */
    private ApplicationDetail decide(
            Step step, String taskId, String decision, boolean refusal, String comment, CurrentUser user) {
        Task found = actions.requireStep(taskId, KEY, step.taskKey, step.wrongStep, user);
        long id = ((Number) actions.variable(found, VAR_APPLICATION_ID)).longValue();
        applications.lockById(id).orElseThrow(() -> ApiException.notFound("申请不存在"));
        Task task = stillOpen(step, taskId, user);
        audit.record(SUBJECT, id, step.action, user.getUsername(), user.displayName(), decision, comment);
        if (refusal) {
            applications.setRefusalReason(id, comment, Clock.now());
        }
        Map<String, Object> variables = new HashMap<>(Map.of(step.variable, decision));
        if (step == Step.REVIEW) {
            variables.putAll(
                    coSigning.roundVariables(task, ReviewDecision.PASS.name().equals(decision)));
        }
        actions.complete(task, user, variables);
        return details.of(id, user);
    }

    /**
     * The task asked for again under the application's lock: a decision that waited for it (a double
     * click, two batches at once) finds it completed and is refused with 409, as the engine would.
     */
    private Task stillOpen(Step step, String taskId, CurrentUser user) {
        try {
            return actions.requireStep(taskId, KEY, step.taskKey, step.wrongStep, user);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw ApiException.conflict("该任务刚刚已被办理，请刷新后查看");
            }
            throw e;
        }
    }
}
