package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskActions;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant hands an application over: a draft starts its process, a returned one goes back to
 * review; and takes it back (撤回) while no reviewer has started on it.
 */
@Service
class Submissions {

    private final ApplicationMapper applications;
    private final ApplicationAccess access;
    private final AuditTrail audit;
    private final RuntimeService runtime;
    private final TaskActions actions;
    private final ApplicationDetails details;
    private final SubmissionSnapshots snapshots;

    Submissions(
            ApplicationMapper applications,
            ApplicationAccess access,
            AuditTrail audit,
            RuntimeService runtime,
            TaskActions actions,
            ApplicationDetails details,
            SubmissionSnapshots snapshots) {
        this.applications = applications;
        this.snapshots = snapshots;
        this.access = access;
        this.audit = audit;
        this.runtime = runtime;
        this.actions = actions;
        this.details = details;
    }

    /** Submits a draft into the process, or a returned application back into review. */
    @Transactional
    ApplicationDetail submit(long id, CurrentUser user) {
        ApplicationRow row = access.lockOwn(id, user);
        ApplicationOrgs named = applications.findOrgs(id);
        ApplicationForm form = row.toForm(named.cooperating(), named.townships(), named.villages());
        if (!row.status.editable()) {
            throw ApiException.conflict("申请已" + row.status.label() + "，不能重复提交");
        }
        Map<String, String> errors = SubmissionRules.check(form);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        snapshots.record(id, form, user);
        if (row.status == ApplicationStatus.DRAFT) {
            start(row, user);
        } else {
            Task revise = actions.open(KEY, String.valueOf(id), TASK_REVISE);
            if (revise == null) {
                throw ApiException.conflict("申请当前不在修改环节");
            }
            audit.record(SUBJECT, id, AuditAction.RESUBMITTED, user.getUsername(), user.displayName(), null, null);
            actions.complete(revise, user, Map.of());
        }
        return details.of(id, user);
    }

    private void start(ApplicationRow row, CurrentUser user) {
        row.submittedAt = Clock.now();
        row.updatedAt = row.submittedAt;
        row.status = ApplicationStatus.IN_REVIEW;
        applications.markSubmitted(row);
        audit.record(SUBJECT, row.id, AuditAction.SUBMITTED, user.getUsername(), user.displayName(), null, null);
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_APPLICATION_ID, row.id);
        vars.put(VAR_APPLICANT, row.applicantUsername);
        vars.put(VAR_REVIEW_GROUPS, Role.REVIEWER.group());
        vars.put(VAR_APPROVE_GROUPS, Role.APPROVER.group());
        row.processInstanceId = runtime.startProcessInstanceByKey(KEY, String.valueOf(row.id), vars)
                .getId();
        applications.markSubmitted(row);
    }

    /** Withdraws an application as long as no reviewer has started on it. */
    @Transactional
    ApplicationDetail withdraw(long id, String reason, CurrentUser user) {
        ApplicationRow row = access.lockOwn(id, user);
        String why = Comments.read(reason, false);
        if (!access.canWithdraw(row)) {
            throw ApiException.conflict(
                    row.status == ApplicationStatus.IN_REVIEW ? "审核人已开始审核，不能撤回" : "申请已" + row.status.label() + "，不能撤回");
        }
        audit.record(SUBJECT, id, AuditAction.WITHDRAWN, user.getUsername(), user.displayName(), null, why);
        runtime.createMessageCorrelation(MESSAGE_WITHDRAWN)
                .processInstanceId(row.processInstanceId)
                .correlate();
        return details.of(id, user);
    }
}
